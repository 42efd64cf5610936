import { useEffect, useState } from 'react';
import { API, type WeeklyHoursRow } from '@omt/contracts';
import { ApiError, call } from '../../api/client';
import { useApi } from '../../api/use-api';
import { usePageTitle } from '../../components/app-shell';
import { ErrorAlert, LoadState, StatusMessage } from '../../components/messages';

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

function HoursRow(props: {
  row: WeeklyHoursRow;
  index: number;
  locations: { id: string; name: string }[];
  onChange: (r: WeeklyHoursRow | null) => void;
}) {
  const { row, index, locations, onChange } = props;
  const id = (f: string) => `hours-${index}-${f}`;
  return (
    <tr data-field={`hours.${index}`}>
      <td>
        <label className="visually-hidden" htmlFor={id('day')}>
          Weekday of row {index + 1}
        </label>
        <select
          id={id('day')}
          value={row.weekday}
          onChange={(e) => onChange({ ...row, weekday: Number(e.target.value) })}
        >
          {WEEKDAYS.map((d, i) => (
            <option key={d} value={i + 1}>
              {d}
            </option>
          ))}
        </select>
      </td>
      <td>
        <label className="visually-hidden" htmlFor={id('location')}>
          Location of row {index + 1}
        </label>
        <select
          id={id('location')}
          value={row.locationId}
          onChange={(e) => onChange({ ...row, locationId: e.target.value })}
        >
          {locations.map((l) => (
            <option key={l.id} value={l.id}>
              {l.name}
            </option>
          ))}
        </select>
      </td>
      <td>
        <label className="visually-hidden" htmlFor={id('start')}>
          Start of row {index + 1}
        </label>
        <input
          id={id('start')}
          type="time"
          value={row.start}
          onChange={(e) => onChange({ ...row, start: e.target.value })}
        />
      </td>
      <td>
        <label className="visually-hidden" htmlFor={id('end')}>
          End of row {index + 1}
        </label>
        <input
          id={id('end')}
          type="time"
          value={row.end}
          onChange={(e) => onChange({ ...row, end: e.target.value })}
        />
      </td>
      <td>
        <button type="button" className="button-secondary" onClick={() => onChange(null)}>
          Remove row {index + 1}
        </button>
      </td>
    </tr>
  );
}

/** Admin: a provider's weekly hours per location, in each location's own wall clock. */
export function HoursPage() {
  usePageTitle('Weekly hours');
  const meta = useApi(async (signal) => {
    const [providers, locations] = await Promise.all([
      call(API.providers, { signal }),
      call(API.locations, { signal }),
    ]);
    return { providers, locations };
  }, []);
  const [providerId, setProviderId] = useState('');
  const chosen = providerId || meta.data?.providers[0]?.id || '';
  const current = useApi(
    (signal) => (chosen ? call(API.weeklyHours, { params: { id: chosen }, signal }) : Promise.resolve([])),
    [chosen],
  );
  const [rows, setRows] = useState<WeeklyHoursRow[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => setRows(current.data ?? []), [current.data]);
  if (!meta.data) return <LoadState loading={meta.loading} error={meta.error} what="providers" />;
  const locations = meta.data.locations;
  const save = async () => {
    setError(null);
    setSaved(false);
    try {
      setRows(await call(API.setWeeklyHours, { params: { id: chosen }, body: { hours: rows } }));
      setSaved(true);
    } catch (err) {
      setError(err);
    }
  };
  const change = (i: number) => (r: WeeklyHoursRow | null) =>
    setRows(r ? rows.map((x, j) => (j === i ? r : x)) : rows.filter((_, j) => j !== i));
  return (
    <>
      <h1>Weekly hours</h1>
      <p>
        <label htmlFor="hours-provider">Provider</label>
        <select id="hours-provider" value={chosen} onChange={(e) => setProviderId(e.target.value)}>
          {meta.data.providers.map((p) => (
            <option key={p.id} value={p.id}>
              {p.displayName}
            </option>
          ))}
        </select>
      </p>
      <p className="muted">
        Times are each location&apos;s own clock. Visits already booked keep their times.
      </p>
      <div className="table-wrap">
        <table>
          <caption className="visually-hidden">Weekly hours</caption>
          <thead>
            <tr>
              <th scope="col">Weekday</th>
              <th scope="col">Location</th>
              <th scope="col">Start</th>
              <th scope="col">End</th>
              <th scope="col">Remove</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <HoursRow key={i} row={r} index={i} locations={locations} onChange={change(i)} />
            ))}
          </tbody>
        </table>
      </div>
      <button
        type="button"
        className="button-secondary"
        onClick={() =>
          setRows([...rows, { locationId: locations[0]?.id ?? '', weekday: 1, start: '09:00', end: '17:00' }])
        }
      >
        Add a row
      </button>{' '}
      <button type="button" onClick={() => void save()}>
        Save hours
      </button>
      <ErrorAlert
        error={error instanceof ApiError && error.field ? `${error.message}` : error}
        title="Not saved:"
      />
      {saved && <StatusMessage>Saved.</StatusMessage>}
    </>
  );
}
