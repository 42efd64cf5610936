import { useRef, useState } from 'react';
import { usePageTitle } from '../../../components/app-shell';
import { RadioGroup } from '../../../components/choice-group';
import { ErrorAlert, LoadState } from '../../../components/messages';
import { todayLocal, zoneLabel } from '../../../time';
import { CalendarGrid } from './calendar-grid';
import { daysOf } from './calendar-time';
import { calendarRows, useCatalog, useHoursSpan, useVisits, workingDays } from './use-calendar-data';
import { useMoveMode } from './use-move-mode';

type View = 'day' | 'week';
const HELP_ID = 'calendar-help';

/** Front desk: a location's visits with providers as columns, a day or a week; move a visit by keyboard. */
export function DeskCalendar() {
  usePageTitle('Calendar');
  const catalog = useCatalog();
  const [locationId, setLocationId] = useState('');
  const [date, setDate] = useState(todayLocal());
  const [view, setView] = useState<View>('day');
  const container = useRef<HTMLDivElement>(null);
  const locations = catalog.data?.locations ?? [];
  const location = locations.find((l) => l.id === locationId) ?? locations[0];
  const allDays = daysOf(date || todayLocal(), view);
  const visits = useVisits(location, allDays);
  const hours = useHoursSpan(location, catalog.data?.probeVisitType ?? null);
  const shown = visits.data ?? [];
  const timeZone = location?.timeZone ?? 'UTC';
  const days = workingDays(allDays, hours.data?.weekdays, shown, timeZone);
  const mode = useMoveMode(container, location, days, visits.reload);

  if (!catalog.data || !location)
    return <LoadState loading={catalog.loading} error={catalog.error} what="locations" />;
  const providers = catalog.data.providers.filter((p) => p.locationIds.includes(location.id));
  const rows = calendarRows(hours.data, [...shown, ...mode.targets], timeZone);

  return (
    <>
      <h1>Calendar</h1>
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor="cal-location">Location</label>
          <select id="cal-location" value={location.id} onChange={(e) => setLocationId(e.target.value)}>
            {locations.map((l) => (
              <option key={l.id} value={l.id}>
                {l.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="cal-date">Date</label>
          <input id="cal-date" type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        </div>
        <RadioGroup<View>
          legend="Show"
          name="cal-view"
          inline
          options={[
            { value: 'day', label: 'Day' },
            { value: 'week', label: 'Week' },
          ]}
          value={view}
          onChange={setView}
        />
      </form>
      <p className="muted" id={HELP_ID}>
        Times are {zoneLabel(location.name, location.timeZone)}. To move a booked visit, press Enter on it,
        choose an open time with the arrow keys or Tab, and press Enter; Escape cancels.
      </p>
      <div role="status" className={mode.message ? 'alert alert-success' : undefined}>
        {mode.message}
      </div>
      <ErrorAlert error={mode.error} title="Not moved:" />
      <LoadState loading={visits.loading} error={visits.error ?? hours.error} what="visits" />
      <div ref={container}>
        {providers.length === 0 ? (
          <p>No provider works at {location.name}.</p>
        ) : (
          <CalendarGrid
            location={location}
            days={days}
            providers={providers}
            rows={rows}
            visits={shown}
            mode={mode}
            helpId={HELP_ID}
          />
        )}
      </div>
    </>
  );
}
