import { useState } from 'react';
import type { Appointment, Location } from '@omt/contracts';
import { API } from '../../api/endpoints';
import { call } from '../../api/client';
import { VISIT_LISTS } from '../../api/query';
import { useApiQuery, useInvalidate } from '../../api/use-api';
import { usePageTitle } from '../../components/app-shell';
import { AppointmentActions } from '../../components/appointment-actions';
import { WaitlistList } from '../../components/waitlist-list';
import { RebookLink } from '../../components/rebook-link';
import { UrgentFlagBadges } from '../../components/urgent-flag-badge';
import { ErrorAlert, LoadState, StatusMessage } from '../../components/messages';
import { STATUS_LABELS } from '../../labels';
import { dayKey, formatTime, todayLocal, wideDayWindow, zoneLabel } from '../../time';

interface DayTableProps {
  location: Location;
  rows: Appointment[];
  onCheckIn: (a: Appointment) => void;
  onChanged: () => void;
  busyId: string | null;
}

function DayTable({ location, rows, onCheckIn, onChanged, busyId }: DayTableProps) {
  return (
    <section aria-labelledby={`loc-${location.id}`} className="card">
      <h2 id={`loc-${location.id}`}>{location.name}</h2>
      <p className="muted">Times in {zoneLabel(location.name, location.timeZone)}</p>
      {rows.length === 0 ? (
        <p>No appointments on this day.</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">Appointments at {location.name}</caption>
            <thead>
              <tr>
                <th scope="col">Time</th>
                <th scope="col">Patient</th>
                <th scope="col">Provider</th>
                <th scope="col">Visit type</th>
                <th scope="col">Status</th>
                <th scope="col">Intake</th>
                <th scope="col">Action</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((a) => (
                <tr
                  key={a.id}
                  data-testid="appointment-row"
                  className={a.urgentFlags.some((f) => f.urgency === 'emergency') ? 'row-urgent' : undefined}
                >
                  <th scope="row">
                    <time dateTime={a.start}>{formatTime(a.start, a.timeZone)}</time>
                  </th>
                  <td>{a.patientName}</td>
                  <td>{a.providerName}</td>
                  <td>{a.visitTypeName}</td>
                  <td>
                    {STATUS_LABELS[a.status]}
                    {a.lateCancel && ' (late)'}
                    {a.overrideReason && (
                      <span className="badge"> Double-booked on purpose: {a.overrideReason}</span>
                    )}
                  </td>
                  <td>
                    {a.intakeSubmitted ? 'Done' : 'Not yet'}
                    <UrgentFlagBadges flags={a.urgentFlags} />
                  </td>
                  <td>
                    {a.status === 'booked' ? (
                      <>
                        <button
                          type="button"
                          aria-label={`Check in ${a.patientName}`}
                          disabled={busyId === a.id}
                          onClick={() => onCheckIn(a)}
                        >
                          Check in
                        </button>
                        <AppointmentActions a={a} onChanged={onChanged} />
                      </>
                    ) : (
                      <span className="muted">—</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** The front desk's day: appointments per location, with Check in. */
export function DeskDay() {
  usePageTitle('Appointments of the day');
  const [day, setDay] = useState(todayLocal);
  const [locationId, setLocationId] = useState('');
  const [busyId, setBusyId] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const locations = useApiQuery(API.locations);
  const list = useApiQuery(
    API.listAppointments,
    { query: { ...(day ? wideDayWindow(day) : {}), locationId: locationId || undefined } },
    { enabled: day !== '' },
  );
  const invalidate = useInvalidate();
  const visitChanged = () => invalidate(VISIT_LISTS);

  const checkIn = async (a: Appointment) => {
    setBusyId(a.id);
    setError(null);
    setMessage(null);
    try {
      const updated = await call(API.checkInAppointment, { params: { id: a.id } });
      visitChanged();
      setMessage(`${updated.patientName} is checked in.`);
    } catch (err) {
      setError(err);
    } finally {
      setBusyId(null);
    }
  };

  const shown = (locations.data ?? []).filter((l) => !locationId || l.id === locationId);
  const rows = (list.data ?? [])
    .filter((a) => dayKey(a.start, a.timeZone) === day)
    .sort((x, y) => x.start.localeCompare(y.start));

  return (
    <>
      <h1>Appointments of the day</h1>
      <RebookLink />
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor="desk-day">Day</label>
          <input id="desk-day" type="date" value={day} onChange={(e) => setDay(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="desk-location">Location</label>
          <select id="desk-location" value={locationId} onChange={(e) => setLocationId(e.target.value)}>
            <option value="">All locations</option>
            {(locations.data ?? []).map((l) => (
              <option key={l.id} value={l.id}>
                {l.name}
              </option>
            ))}
          </select>
        </div>
      </form>
      <WaitlistList onChange={visitChanged} />
      <StatusMessage>{message}</StatusMessage>
      <ErrorAlert error={error} title="Not checked in:" />
      <LoadState
        loading={locations.loading || list.loading}
        error={locations.error ?? list.error}
        what="appointments"
      />
      {list.data &&
        shown.map((l) => (
          <DayTable
            key={l.id}
            location={l}
            rows={rows.filter((a) => a.locationId === l.id)}
            onCheckIn={(a) => void checkIn(a)}
            onChanged={visitChanged}
            busyId={busyId}
          />
        ))}
    </>
  );
}
