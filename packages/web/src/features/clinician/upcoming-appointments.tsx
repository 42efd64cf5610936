import { useState } from 'react';
import type { Appointment } from '@omt/contracts';
import { API } from '../../api/endpoints';
import { call } from '../../api/client';
import { useApiQuery } from '../../api/use-api';
import { ErrorAlert, LoadState } from '../../components/messages';
import { STATUS_LABELS } from '../../labels';
import { navigate } from '../../router';
import { useSession } from '../../session';
import { addDays, dayKey, formatDay, formatTime, todayLocal, wideDayWindow, zoneLabel } from '../../time';

const DAYS = 7;
const NOTE_LABELS = { draft: 'Draft', awaiting_cosign: 'Awaiting co-signature', signed: 'Signed' } as const;

/** Today's and the next days' appointments, each with Open encounter. */
export function UpcomingAppointments() {
  const { user } = useSession();
  const [onlyMine, setOnlyMine] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const today = todayLocal();
  const list = useApiQuery(API.listAppointments, {
    query: {
      from: wideDayWindow(today).from,
      to: wideDayWindow(addDays(today, DAYS)).to,
      providerId: onlyMine ? user.id : undefined,
    },
  });

  const open = async (a: Appointment) => {
    setBusyId(a.id);
    setError(null);
    try {
      const encounter = await call(API.openEncounter, { params: { id: a.id } });
      navigate(`/clinician/encounters/${encounter.id}`);
    } catch (err) {
      setError(err);
      setBusyId(null);
    }
  };

  const rows = (list.data ?? [])
    .filter((a) => a.status !== 'cancelled' && dayKey(a.start, a.timeZone) >= today)
    .sort((x, y) => x.start.localeCompare(y.start));
  const days = new Map<string, Appointment[]>();
  for (const a of rows) {
    const key = dayKey(a.start, a.timeZone);
    days.set(key, [...(days.get(key) ?? []), a]);
  }

  return (
    <section aria-labelledby="upcoming-heading" className="card">
      <h2 id="upcoming-heading">Appointments: today and the next {DAYS} days</h2>
      <label className="choice">
        <input type="checkbox" checked={onlyMine} onChange={(e) => setOnlyMine(e.target.checked)} />
        Only my appointments
      </label>
      <ErrorAlert error={error} title="Could not open the encounter:" />
      <LoadState loading={list.loading} error={list.error} what="appointments" />
      {list.data && rows.length === 0 && <p>No appointments in this period.</p>}
      {[...days.entries()].map(([key, dayRows]) => (
        <div key={key} className="table-wrap">
          <table>
            <caption>
              {dayRows[0] ? formatDay(dayRows[0].start, dayRows[0].timeZone) : key}
              {key === today ? ' (today)' : ''}
            </caption>
            <thead>
              <tr>
                <th scope="col">Time</th>
                <th scope="col">Patient</th>
                <th scope="col">Visit type</th>
                <th scope="col">Provider</th>
                <th scope="col">Status</th>
                <th scope="col">Intake</th>
                <th scope="col">Note</th>
                <th scope="col">Action</th>
              </tr>
            </thead>
            <tbody>
              {dayRows.map((a) => (
                <tr key={a.id} data-testid="appointment-row">
                  <th scope="row">
                    <time dateTime={a.start}>{formatTime(a.start, a.timeZone)}</time>
                    <span className="cell-hint">{zoneLabel(a.locationName, a.timeZone)}</span>
                  </th>
                  <td>{a.patientName}</td>
                  <td>{a.visitTypeName}</td>
                  <td>{a.providerName}</td>
                  <td>{STATUS_LABELS[a.status]}</td>
                  <td>{a.intakeSubmitted ? 'Done' : 'Not yet'}</td>
                  <td>{a.encounterStatus ? NOTE_LABELS[a.encounterStatus] : '—'}</td>
                  <td>
                    <button
                      type="button"
                      aria-label={`Open encounter for ${a.patientName}`}
                      disabled={busyId === a.id}
                      onClick={() => void open(a)}
                    >
                      Open encounter
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </section>
  );
}
