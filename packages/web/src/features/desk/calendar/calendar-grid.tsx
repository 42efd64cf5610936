import type { Appointment, Location, Provider, Slot } from '@omt/contracts';
import { dayKey, zoneLabel } from '../../../time';
import { CalendarCell } from './calendar-cell';
import { dayHeading, rowLabel, rowOf } from './calendar-time';
import type { MoveMode } from './use-move-mode';

export interface GridProps {
  location: Location;
  /** YYYY-MM-DD dates in the location's zone: one (day view) or seven (week view). */
  days: string[];
  providers: Provider[];
  /** Half-hour rows, as minutes since midnight on the location's wall clock. */
  rows: number[];
  visits: Appointment[];
  mode: MoveMode;
  helpId: string;
}

function groupBy<T extends { start: string; providerId: string }>(items: T[], timeZone: string) {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const key = `${dayKey(item.start, timeZone)}|${item.providerId}|${rowOf(item.start, timeZone)}`;
    map.set(key, [...(map.get(key) ?? []), item]);
  }
  return map;
}

/**
 * A table: rows are half hours in the location's zone, columns are providers — in the week view
 * grouped under each day (two header rows, th scope="colgroup" over th scope="col").
 */
export function CalendarGrid({ location, days, providers, rows, visits, mode, helpId }: GridProps) {
  const timeZone = location.timeZone;
  const week = days.length > 1;
  const visitsAt = groupBy(visits, timeZone);
  const targetsAt = groupBy<Slot>(mode.targets, timeZone);
  const when = week ? `week of ${dayHeading(days[0] ?? '')}` : dayHeading(days[0] ?? '');
  return (
    <div className="table-wrap calendar-wrap" onKeyDown={mode.onKeyDown}>
      <table className={`calendar${week ? ' calendar-week' : ''}`}>
        <caption>
          {location.name}, {when} · <span className="cal-zone">{zoneLabel(location.name, timeZone)}</span>
        </caption>
        <colgroup>
          <col className="cal-time-col" />
        </colgroup>
        {days.map((d) => (
          <colgroup key={d} span={providers.length} />
        ))}
        <thead>
          {week && (
            <tr>
              <td className="cal-corner" />
              {days.map((d) => (
                <th key={d} scope="colgroup" colSpan={providers.length}>
                  {dayHeading(d)}
                </th>
              ))}
            </tr>
          )}
          <tr>
            <th scope="col">Time</th>
            {days.flatMap((d) =>
              providers.map((p) => (
                <th key={`${d}|${p.id}`} scope="col">
                  {p.displayName}
                </th>
              )),
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row}>
              <th scope="row">{rowLabel(row)}</th>
              {days.flatMap((d) =>
                providers.map((p) => {
                  const key = `${d}|${p.id}|${row}`;
                  return (
                    <CalendarCell
                      key={key}
                      day={d}
                      timeZone={timeZone}
                      visits={visitsAt.get(key) ?? []}
                      targets={targetsAt.get(key) ?? []}
                      mode={mode}
                      helpId={helpId}
                    />
                  );
                }),
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {visits.length === 0 && <p>No visits at {location.name} on these days.</p>}
    </div>
  );
}
