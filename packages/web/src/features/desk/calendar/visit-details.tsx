import { useState } from 'react';
import type { Appointment } from '@omt/contracts';
import { API } from '../../../api/endpoints';
import { call } from '../../../api/client';
import { CancelForm } from '../../../components/appointment-actions';
import { Modal } from '../../../components/modal';
import { ErrorAlert, StatusMessage } from '../../../components/messages';
import { UrgentFlagBadges } from '../../../components/urgent-flag-badge';
import { Link } from '../../../router';
import { formatTime, zoneLabel } from '../../../time';
import { STATUS_TAGS } from './calendar-labels';
import { dayHeading } from './calendar-time';
import { intakeStatusText, mayUndoCheckIn } from './intake-status';

interface Props {
  /** The visit shown; null: closed. */
  visit: Appointment | null;
  day: string;
  onClose: () => void;
  /** A change was made: the calendar reloads (the dialog keeps showing the changed visit). */
  onChanged: (a: Appointment) => void;
  /** "Move": closes the dialog and starts the calendar's keyboard move of the visit. */
  onMove: (a: Appointment) => void;
}

/** The status changes of the panel, each one endpoint and what the desk is told after it. */
const CHANGES = {
  checkIn: { endpoint: API.checkInAppointment, done: (n: string) => `${n} is checked in.` },
  undoCheckIn: { endpoint: API.undoCheckInAppointment, done: (n: string) => `${n}'s check-in is undone.` },
  noShow: { endpoint: API.noShowAppointment, done: (n: string) => `${n} is marked as a no-show.` },
} as const;

/** A visit's details on the calendar, with what the desk does with it: check in, undo, no-show, cancel, move. */
export function VisitDetails({ visit, day, onClose, onChanged, onMove }: Props) {
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const a = visit;
  const close = () => {
    setMessage(null);
    setError(null);
    setCancelling(false);
    onClose();
  };
  const done = (updated: Appointment, text: string) => {
    setMessage(text);
    setCancelling(false);
    onChanged(updated);
  };
  const change = async (kind: keyof typeof CHANGES) => {
    if (!a) return;
    setBusy(true);
    setError(null);
    setMessage(null);
    try {
      const updated = await call(CHANGES[kind].endpoint, { params: { id: a.id } });
      done(updated, CHANGES[kind].done(updated.patientName));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const live = a !== null && (a.status === 'booked' || a.status === 'checked_in');
  return (
    <Modal
      id="visit-details"
      open={a !== null}
      onClose={close}
      heading={a ? `${a.patientName}, ${formatTime(a.start, a.timeZone)}` : ''}
      className="visit-details"
    >
      {a && (
        <>
          <dl className="details">
            <dt>Patient</dt>
            <dd>
              <Link to={`/patients/${a.patientId}`}>{a.patientName}</Link> (born {a.patientBirthDate})
            </dd>
            <dt>Visit type</dt>
            <dd>{a.visitTypeName}</dd>
            <dt>Time</dt>
            <dd>
              {dayHeading(day)}, {formatTime(a.start, a.timeZone)}–{formatTime(a.end, a.timeZone)} (
              {zoneLabel(a.locationName, a.timeZone)})
            </dd>
            <dt>Provider</dt>
            <dd>
              {a.providerName}
              {a.roomName ? `, ${a.roomName}` : ''}
            </dd>
            <dt>Status</dt>
            <dd data-testid="visit-status">
              {STATUS_TAGS[a.status]}
              {a.overrideReason ? ` (double-booked on purpose: ${a.overrideReason})` : ''}
            </dd>
            <dt>Intake</dt>
            <dd data-testid="visit-intake">{intakeStatusText(a)}</dd>
            <dt>Open flags</dt>
            <dd>{a.urgentFlags.length ? <UrgentFlagBadges flags={a.urgentFlags} /> : 'None'}</dd>
          </dl>
          <StatusMessage>{message}</StatusMessage>
          <ErrorAlert error={error} title="Not changed:" />
          <div className="button-row">
            {a.status === 'booked' && (
              <button type="button" disabled={busy} onClick={() => void change('checkIn')}>
                Check in
              </button>
            )}
            {mayUndoCheckIn(a) && (
              <button
                type="button"
                className="button-secondary"
                disabled={busy}
                onClick={() => void change('undoCheckIn')}
              >
                Undo check-in
              </button>
            )}
            {live && (
              <button
                type="button"
                className="button-secondary"
                disabled={busy}
                onClick={() => void change('noShow')}
              >
                Mark as no-show
              </button>
            )}
            {a.status === 'booked' && (
              <button type="button" className="button-secondary" onClick={() => onMove(a)}>
                Move
              </button>
            )}
            {live && (
              <button
                type="button"
                className="button-secondary"
                aria-expanded={cancelling}
                onClick={() => setCancelling(!cancelling)}
              >
                Cancel visit
              </button>
            )}
          </div>
          {cancelling && (
            <CancelForm a={a} onDone={(u) => done(u, `${u.patientName}'s visit is cancelled.`)} />
          )}
        </>
      )}
    </Modal>
  );
}
