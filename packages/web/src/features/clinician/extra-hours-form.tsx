import { useState, type FormEvent } from 'react';
import { API } from '@omt/contracts';
import { ApiError, call } from '../../api/client';
import { useApi } from '../../api/use-api';
import { TextField } from '../../components/choice-group';
import { ErrorAlert, StatusMessage } from '../../components/messages';
import { formatStamp } from '../../time';

/** One-off extra hours (an extra Saturday morning) that patients and the desk can then book. */
export function ExtraHoursForm({ providerId }: { providerId: string }) {
  const data = useApi(
    async (signal) => {
      const [locations, extra] = await Promise.all([
        call(API.locations, { signal }),
        call(API.listExtraHours, { params: { id: providerId }, signal }),
      ]);
      return { locations, extra };
    },
    [providerId],
  );
  const [locationId, setLocationId] = useState('');
  const [start, setStart] = useState('');
  const [end, setEnd] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      await call(API.addExtraHours, {
        params: { id: providerId },
        body: {
          locationId: locationId || (data.data?.locations[0]?.id ?? ''),
          start: new Date(start).toISOString(),
          end: new Date(end).toISOString(),
          reason: 'extra hours',
        },
      });
      setDone('Added: these hours are now bookable.');
      data.reload();
    } catch (err) {
      setError(err);
    }
  };
  const fieldError = (f: string) =>
    error instanceof ApiError && error.field === f ? error.message : undefined;
  return (
    <form onSubmit={(e) => void submit(e)}>
      <h3>Add extra hours</h3>
      <p>
        <label htmlFor="extra-location">Location</label>
        <select id="extra-location" value={locationId} onChange={(e) => setLocationId(e.target.value)}>
          {(data.data?.locations ?? []).map((l) => (
            <option key={l.id} value={l.id}>
              {l.name}
            </option>
          ))}
        </select>
      </p>
      <TextField id="extra-start" field="start" label="Extra hours from" error={fieldError('start')}>
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
      <TextField id="extra-end" field="end" label="Extra hours until" error={fieldError('end')}>
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
      <ErrorAlert error={error instanceof ApiError && error.field ? null : error} title="Not added:" />
      <StatusMessage>{done}</StatusMessage>
      <button type="submit">Add these hours</button>
      {(data.data?.extra ?? []).length > 0 && (
        <ul className="plain-list">
          {(data.data?.extra ?? []).map((e) => (
            <li key={e.id}>
              {formatStamp(e.start)} – {formatStamp(e.end)}
            </li>
          ))}
        </ul>
      )}
    </form>
  );
}
