import { useEffect, useState } from 'react';
import type { WeeklyHoursRow } from '@omt/contracts';
import { API } from '../../api/endpoints';
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

/** Whose hours the page edits: a provider's at each location, or a location's opening hours. */
type Owner = { kind: 'provider' | 'location'; id: string };

const ownerKey = (o: Owner) => `${o.kind}:${o.id}`;
function parseOwner(key: string): Owner | null {
  const [kind, id] = key.split(/:(.*)/s);
  return (kind === 'provider' || kind === 'location') && id ? { kind, id } : null;
}

function loadHours(owner: Owner | null, signal: AbortSignal): Promise<WeeklyHoursRow[]> {
  if (!owner) return Promise.resolve([]);
  const endpoint = owner.kind === 'location' ? API.openingHours : API.weeklyHours;
  return call(endpoint, { params: { id: owner.id }, signal });
}

function saveHours(owner: Owner, hours: WeeklyHoursRow[]): Promise<WeeklyHoursRow[]> {
  const endpoint = owner.kind === 'location' ? API.setOpeningHours : API.setWeeklyHours;
  return call(endpoint, { params: { id: owner.id }, body: { hours } });
}

/** Admin: a provider's weekly hours per location, or a location's opening hours, in each location's own clock. */
export function HoursPage() {
  usePageTitle('Weekly hours');
  const meta = useApi(async (signal) => {
    const [providers, locations] = await Promise.all([
      call(API.providers, { signal }),
      call(API.locations, { signal }),
    ]);
    return { providers, locations };
  }, []);
  const [ownerChoice, setOwnerChoice] = useState('');
  const firstProvider = meta.data?.providers[0]?.id;
  const chosenKey = ownerChoice || (firstProvider ? ownerKey({ kind: 'provider', id: firstProvider }) : '');
  const owner = parseOwner(chosenKey);
  const current = useApi((signal) => loadHours(parseOwner(chosenKey), signal), [chosenKey]);
  const [rows, setRows] = useState<WeeklyHoursRow[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => setRows(current.data ?? []), [current.data]);
  if (!meta.data) return <LoadState loading={meta.loading} error={meta.error} what="providers" />;
  const locations =
    owner?.kind === 'location' ? meta.data.locations.filter((l) => l.id === owner.id) : meta.data.locations;
  const save = async () => {
    if (!owner) return;
    setError(null);
    setSaved(false);
    try {
      setRows(await saveHours(owner, rows));
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
        <label htmlFor="hours-owner">Hours of</label>
        <select
          id="hours-owner"
          value={chosenKey}
          onChange={(e) => {
            setOwnerChoice(e.target.value);
            setSaved(false);
            setError(null);
          }}
        >
          <optgroup label="Providers">
            {meta.data.providers.map((p) => (
              <option key={p.id} value={ownerKey({ kind: 'provider', id: p.id })}>
                {p.displayName}
              </option>
            ))}
          </optgroup>
          <optgroup label="Location opening hours">
            {meta.data.locations.map((l) => (
              <option key={l.id} value={ownerKey({ kind: 'location', id: l.id })}>
                {l.name} (opening hours)
              </option>
            ))}
          </optgroup>
        </select>
      </p>
      <p className="muted">
        Times are each location&apos;s own clock. Visits already booked keep their times. Providers are
        bookable only while their location is open; a location without opening hours does not restrict them.
      </p>
      <div className="table-wrap">
        <table>
          <caption className="visually-hidden">
            {owner?.kind === 'location' ? 'Opening hours' : 'Weekly hours'}
          </caption>
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
