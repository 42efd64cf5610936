import { useState, type FormEvent } from 'react';
import { API } from '@omt/contracts';
import { ApiError, call } from '../../api/client';
import { useApi } from '../../api/use-api';
import { TextField } from '../../components/choice-group';
import { ErrorAlert, StatusMessage } from '../../components/messages';
import { useSession } from '../../session';
import { formatStamp } from '../../time';
import { ExtraHoursForm } from './extra-hours-form';

function FeedLink() {
  const [url, setUrl] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const create = async () => {
    try {
      setUrl((await call(API.calendarFeedUrl, {})).url);
    } catch (err) {
      setError(err);
    }
  };
  return (
    <div>
      <p className="muted">
        Subscribe to your visits in any calendar app. The link is private; making a new one stops the old one.
      </p>
      <button type="button" className="button-secondary" onClick={() => void create()}>
        {url ? 'Make a new calendar link' : 'Get my calendar link'}
      </button>
      <ErrorAlert error={error} title="No link:" />
      {url && (
        <p>
          <label htmlFor="feed-url">Your calendar link</label>
          <input id="feed-url" readOnly value={url} onFocus={(e) => e.target.select()} className="wide" />
        </p>
      )}
    </div>
  );
}

function TimeOffForm({ providerId }: { providerId: string }) {
  const list = useApi(
    (signal) => call(API.listTimeOff, { params: { id: providerId }, signal }),
    [providerId],
  );
  const [start, setStart] = useState('');
  const [end, setEnd] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      const r = await call(API.addTimeOff, {
        params: { id: providerId },
        body: { start: new Date(start).toISOString(), end: new Date(end).toISOString(), reason },
      });
      setDone(
        r.conflictingAppointmentIds.length
          ? `Blocked. ${r.conflictingAppointmentIds.length} booked visit(s) fall in this time: the front desk will move them.`
          : 'Blocked.',
      );
      list.reload();
    } catch (err) {
      setError(err);
    }
  };
  const fieldError = (f: string) =>
    error instanceof ApiError && error.field === f ? error.message : undefined;
  return (
    <form onSubmit={(e) => void submit(e)}>
      <h3>Block time off</h3>
      <p className="muted">Times are in this device&apos;s time zone.</p>
      <TextField id="off-start" field="start" label="From" error={fieldError('start')}>
        {(aria) => (
          <input
            type="datetime-local"
            {...aria}
            value={start}
            onChange={(e) => setStart(e.target.value)}
            required
          />
        )}
      </TextField>
      <TextField id="off-end" field="end" label="Until" error={fieldError('end')}>
        {(aria) => (
          <input
            type="datetime-local"
            {...aria}
            value={end}
            onChange={(e) => setEnd(e.target.value)}
            required
          />
        )}
      </TextField>
      <TextField id="off-reason" field="reason" label="Reason" error={fieldError('reason')}>
        {(aria) => <input {...aria} value={reason} onChange={(e) => setReason(e.target.value)} />}
      </TextField>
      <ErrorAlert error={error instanceof ApiError && error.field ? null : error} title="Not blocked:" />
      <StatusMessage>{done}</StatusMessage>
      <button type="submit">Block this time</button>
      {(list.data ?? []).length > 0 && (
        <ul className="plain-list">
          {(list.data ?? []).map((t) => (
            <li key={t.id}>
              {formatStamp(t.start)} – {formatStamp(t.end)}: {t.reason}
            </li>
          ))}
        </ul>
      )}
    </form>
  );
}

/** The provider's own calendar: a private feed link, time off and extra hours. */
export function MyCalendar() {
  const { user } = useSession();
  return (
    <section aria-labelledby="my-calendar-heading" className="card">
      <h2 id="my-calendar-heading">My calendar</h2>
      <FeedLink />
      <TimeOffForm providerId={user.id} />
      <ExtraHoursForm providerId={user.id} />
    </section>
  );
}
