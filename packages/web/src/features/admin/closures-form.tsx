import { useState, type FormEvent } from 'react';
import { API, type Location } from '@omt/contracts';
import { ApiError, call } from '../../api/client';
import { useApi } from '../../api/use-api';
import { TextField } from '../../components/choice-group';
import { ErrorAlert, StatusMessage } from '../../components/messages';
import { formatStamp } from '../../time';

/** Close a location for a holiday; visits booked then are counted so the desk can move them. */
export function ClosuresForm({ location }: { location: Location }) {
  const list = useApi(
    (signal) => call(API.listClosures, { params: { id: location.id }, signal }),
    [location.id],
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
      const r = await call(API.addClosure, {
        params: { id: location.id },
        body: { start: new Date(start).toISOString(), end: new Date(end).toISOString(), reason },
      });
      setDone(`Closed. ${r.conflictingAppointmentIds.length} booked visit(s) fall in this time.`);
      list.reload();
    } catch (err) {
      setError(err);
    }
  };
  const fieldError = (f: string) =>
    error instanceof ApiError && error.field === f ? error.message : undefined;
  const id = (f: string) => `closure-${location.id}-${f}`;
  return (
    <form onSubmit={(e) => void submit(e)}>
      <h3>Closures (holidays)</h3>
      <p className="muted">Times are in this device&apos;s time zone.</p>
      {(list.data ?? []).length > 0 && (
        <ul className="plain-list">
          {(list.data ?? []).map((c) => (
            <li key={c.id}>
              {formatStamp(c.start)} – {formatStamp(c.end)}: {c.reason}
            </li>
          ))}
        </ul>
      )}
      <TextField
        id={id('start')}
        field="start"
        label={`${location.name} closed from`}
        error={fieldError('start')}
      >
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
      <TextField id={id('end')} field="end" label={`${location.name} closed until`} error={fieldError('end')}>
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
      <TextField id={id('reason')} field="reason" label="Reason" error={fieldError('reason')}>
        {(aria) => <input {...aria} value={reason} onChange={(e) => setReason(e.target.value)} />}
      </TextField>
      <ErrorAlert error={error instanceof ApiError && error.field ? null : error} title="Not closed:" />
      <StatusMessage>{done}</StatusMessage>
      <button type="submit">Close {location.name}</button>
    </form>
  );
}
