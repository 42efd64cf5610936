import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { API, type Appointment, type Slot } from '@omt/contracts';
import { call } from '../../../api/client';
import { useApi } from '../../../api/use-api';
import { usePageTitle } from '../../../components/app-shell';
import { RadioGroup } from '../../../components/choice-group';
import { ErrorAlert, LoadState, StatusMessage } from '../../../components/messages';
import { addDays, formatDateTime, todayLocal, toInstant, wideDayWindow, zoneLabel } from '../../../time';
import { CalendarGrid } from './calendar-grid';

/** Front desk: visits of a location by provider, a day or a week at a time; move a visit by keyboard. */
export function DeskCalendar() {
  usePageTitle('Calendar');
  const meta = useApi(async (signal) => {
    const [locations, providers] = await Promise.all([
      call(API.locations, { signal }),
      call(API.providers, { signal }),
    ]);
    return { locations, providers };
  }, []);
  const [locationId, setLocationId] = useState('');
  const [day, setDay] = useState(todayLocal());
  const [view, setView] = useState<'day' | 'week'>('day');
  const [moving, setMoving] = useState<Appointment | null>(null);
  const [targets, setTargets] = useState<Slot[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const grid = useRef<HTMLDivElement>(null);
  const location = meta.data?.locations.find((l) => l.id === (locationId || meta.data?.locations[0]?.id));
  const days = view === 'day' ? [day] : Array.from({ length: 7 }, (_, i) => addDays(day, i));
  const range = { from: wideDayWindow(days[0] ?? day).from, to: wideDayWindow(days.at(-1) ?? day).to };
  const list = useApi(
    (signal) =>
      location
        ? call(API.listAppointments, { query: { locationId: location.id, ...range }, signal })
        : Promise.resolve([]),
    [location?.id, range.from, range.to],
  );
  useEffect(() => {
    if (targets.length)
      grid.current?.querySelector<HTMLButtonElement>('[data-testid="calendar-target"]')?.focus();
  }, [targets]);

  const stopMoving = () => {
    setMoving(null);
    setTargets([]);
  };
  const pick = async (a: Appointment) => {
    if (moving?.id === a.id || a.status !== 'booked') return stopMoving();
    setError(null);
    const query = {
      visitType: a.visitType,
      provider: a.providerId,
      location: a.locationId,
      from: toInstant(Math.max(Date.now(), Date.parse(range.from))),
      to: range.to,
    };
    try {
      setMoving(a);
      setTargets(await call(API.availability, { query }));
      setMessage(`Moving ${a.patientName}: choose a new time, or press Escape.`);
    } catch (err) {
      setError(err);
    }
  };
  const move = async (slot: Slot) => {
    if (!moving) return;
    try {
      const moved = await call(API.rescheduleAppointment, {
        params: { id: moving.id },
        body: { start: slot.start },
      });
      setMessage(`Moved ${moved.patientName} to ${formatDateTime(moved.start, moved.timeZone)}.`);
      stopMoving();
      list.reload();
    } catch (err) {
      setError(err);
    }
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && moving) {
      stopMoving();
      setMessage('Move cancelled.');
    }
  };

  if (!meta.data || !location)
    return <LoadState loading={meta.loading} error={meta.error} what="locations" />;
  const providers = meta.data.providers.filter((p) => p.locationIds.includes(location.id));
  return (
    <>
      <h1>Calendar</h1>
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor="cal-location">Location</label>
          <select id="cal-location" value={location.id} onChange={(e) => setLocationId(e.target.value)}>
            {meta.data.locations.map((l) => (
              <option key={l.id} value={l.id}>
                {l.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="cal-day">{view === 'day' ? 'Day' : 'Week starting'}</label>
          <input id="cal-day" type="date" value={day} onChange={(e) => setDay(e.target.value)} />
        </div>
        <RadioGroup
          legend="View"
          name="cal-view"
          inline
          options={[
            { value: 'day', label: 'One day' },
            { value: 'week', label: 'Whole week' },
          ]}
          value={view}
          onChange={(v) => setView(v === 'week' ? 'week' : 'day')}
        />
      </form>
      <p className="muted">
        Times in {zoneLabel(location.name, location.timeZone)}. Choose a visit (Enter) to move it; Escape
        cancels.
      </p>
      <StatusMessage>{message}</StatusMessage>
      <ErrorAlert error={error} title="Not moved:" />
      <LoadState loading={list.loading} error={list.error} what="visits" />
      <div ref={grid} onKeyDown={onKeyDown}>
        <CalendarGrid
          timeZone={location.timeZone}
          days={days}
          providers={providers}
          appointments={list.data ?? []}
          moving={moving}
          targets={targets}
          onPick={(a) => void pick(a)}
          onTarget={(s) => void move(s)}
        />
      </div>
    </>
  );
}
