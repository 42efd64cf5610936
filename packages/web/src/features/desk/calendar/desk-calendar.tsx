import { useRef, useState } from 'react';
import type { Appointment, Location } from '@omt/contracts';
import { VISIT_LISTS } from '../../../api/query';
import { useInvalidate } from '../../../api/use-api';
import { openingHoursText } from '../../../opening-hours';
import { usePageTitle } from '../../../components/app-shell';
import { RadioGroup } from '../../../components/choice-group';
import { ErrorAlert, LoadState } from '../../../components/messages';
import { todayLocal, zoneLabel } from '../../../time';
import { CalendarGrid } from './calendar-grid';
import { calendarRows, workingDays } from './calendar-rows';
import { daysOf, isoWeekdayOf } from './calendar-time';
import { useCatalog, useVisits, useWorkingHours } from './use-calendar-data';
import { useDragMove } from './use-drag-move';
import { useMoveMode } from './use-move-mode';
import { useReschedule } from './use-reschedule';
import { VisitDetails } from './visit-details';
import { BookHere, type OpenCell } from './book-here';
import { DayPrintList } from './day-print-list';
import { ClinicPrintHeader } from '../../../components/clinic-print-header';
import { RebookLink } from '../../../components/rebook-link';
import { dayKey, formatTime } from '../../../time';

type View = 'day' | 'week';
const HELP_ID = 'calendar-help';

/**
 * Front desk home: a location's visits with providers as columns, a day or a week, rows from the providers'
 * working hours. A visit opens its details (check in, undo, no-show, cancel, move); an open time books there;
 * a visit moves by keyboard or by dragging it; the day list prints.
 */
export function DeskCalendar() {
  usePageTitle('Calendar');
  const catalog = useCatalog();
  const [locationId, setLocationId] = useState('');
  const [date, setDate] = useState(todayLocal);
  const [view, setView] = useState<View>('day');
  const container = useRef<HTMLDivElement>(null);
  const locations = catalog.data?.locations ?? [];
  const location = locations.find((l) => l.id === locationId) ?? locations[0];
  const allDays = daysOf(date || todayLocal(), view);
  const providers = (catalog.data?.providers ?? []).filter(
    (p) => location && p.locationIds.includes(location.id),
  );
  const visits = useVisits(location, allDays);
  const invalidate = useInvalidate();
  const visitChanged = () => invalidate(VISIT_LISTS);
  const hours = useWorkingHours(location, providers);
  const shown = visits.data ?? [];
  const timeZone = location?.timeZone ?? 'UTC';
  const days = workingDays(allDays, hours.data, shown, timeZone);
  const reschedule = useReschedule(container, visitChanged);
  const mode = useMoveMode(location, days, reschedule);
  const drag = useDragMove(location, reschedule, mode.moving !== null);
  const [openVisit, setOpenVisit] = useState<Appointment | null>(null);
  const [openCell, setOpenCell] = useState<OpenCell | null>(null);

  if (!catalog.data || !location)
    return <LoadState loading={catalog.loading} error={catalog.error} what="locations" />;
  const rows = calendarRows(days, hours.data ?? [], [...shown, ...mode.targets], timeZone);

  const startMove = (a: Appointment) => {
    setOpenVisit(null);
    mode.choose(a);
  };
  const closeVisit = () => {
    if (openVisit) reschedule.focusOn({ kind: 'visit', id: openVisit.id });
    setOpenVisit(null);
  };
  const booked = (a: Appointment) => {
    setOpenCell(null);
    reschedule.setMessage(
      `Booked ${a.patientName} at ${formatTime(a.start, a.timeZone)} with ${a.providerName}.`,
    );
    reschedule.focusOn({ kind: 'visit', id: a.id });
    visitChanged();
  };

  return (
    <>
      <ClinicPrintHeader />
      <div className="no-print">
        <h1>Calendar</h1>
        <RebookLink />
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
          <button type="button" className="button-secondary" onClick={() => window.print()}>
            Print day list
          </button>
        </form>
        <p className="muted" id={HELP_ID}>
          Times are {zoneLabel(location.name, location.timeZone)}. The calendar is one Tab stop: the arrow
          keys move between visits and open times (Home and End to the first and last of a column). Press
          Enter on a visit (or click it) for its details, to check in, cancel or move it; in a move, choose an
          open time with the arrow keys or Tab and press Enter; Escape cancels. With a mouse, drag a visit to
          another provider or time. Enter or “Book” on an open time books there.
        </p>
        {closedOnEveryDay(location, days) && (
          <p>
            {location.name} is closed on {days.length === 1 ? 'this day' : 'these days'}.{' '}
            {openingHoursText(location.openingHours)}.
          </p>
        )}
        <div role="status" className={reschedule.message ? 'alert alert-success' : undefined}>
          {reschedule.message}
        </div>
        <ErrorAlert error={reschedule.error} title="Not moved:" />
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
              drag={drag}
              helpId={HELP_ID}
              onOpenVisit={setOpenVisit}
              onBookCell={setOpenCell}
            />
          )}
        </div>
      </div>
      <VisitDetails
        visit={openVisit}
        day={openVisit ? dayKeyOf(openVisit, location) : ''}
        onClose={closeVisit}
        onChanged={(a) => {
          setOpenVisit(a);
          visitChanged();
        }}
        onMove={startMove}
      />
      <DayPrintList location={location} days={days} visits={shown} />
      <BookHere
        cell={openCell}
        location={location}
        providers={providers}
        onClose={() => setOpenCell(null)}
        onBooked={booked}
      />
    </>
  );
}

/** The location has opening hours and none of them falls on a shown day. */
function closedOnEveryDay(location: Location, days: string[]): boolean {
  const open = location.openingHours;
  return open.length > 0 && days.every((d) => !open.some((h) => h.weekday === isoWeekdayOf(d)));
}

const dayKeyOf = (a: Appointment, location: Location) => dayKey(a.start, location.timeZone);
