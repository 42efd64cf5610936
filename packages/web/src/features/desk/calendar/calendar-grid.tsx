import type { Appointment, Location, Provider, Slot } from '@omt/contracts';
import { dayKey, zoneLabel } from '../../../time';
import { CalendarCell } from './calendar-cell';
import { columnCells, type ColumnCell } from './calendar-layout';
import { dayHeading, rowLabel, wallToInstant } from './calendar-time';
import type { OpenCell } from './book-here';
import { openKey, useGridFocus, visitKey, type GridItem } from './grid-focus';
import type { DragMove } from './use-drag-move';
import type { MoveMode } from './use-move-mode';

export interface GridProps {
  location: Location;
  /** YYYY-MM-DD dates in the location's zone: one (day view) or seven (week view). */
  days: string[];
  providers: Provider[];
  /** Half-hour rows, as minutes since midnight on the location's wall clock (gaps may be left out). */
  rows: number[];
  visits: Appointment[];
  mode: MoveMode;
  drag: DragMove;
  helpId: string;
  onOpenVisit: (a: Appointment) => void;
  /** Book at an open half hour (not offered in move mode or for times already past). */
  onBookCell: (cell: OpenCell) => void;
}

type Item = Appointment | Slot;
const isVisit = (item: Item): item is Appointment => 'id' in item;

/** Each column's cells (a column is one provider on one day), keyed "day|providerId", then by first row. */
function cellsByColumn(
  days: string[],
  providers: Provider[],
  rows: number[],
  items: Item[],
  timeZone: string,
) {
  const byColumn = new Map<string, Item[]>();
  for (const i of items) {
    const key = `${dayKey(i.start, timeZone)}|${i.providerId}`;
    byColumn.set(key, [...(byColumn.get(key) ?? []), i]);
  }
  const columns = new Map<string, Map<number, ColumnCell<Item>>>();
  for (const d of days) {
    for (const p of providers) {
      const mine = byColumn.get(`${d}|${p.id}`) ?? [];
      columns.set(`${d}|${p.id}`, new Map(columnCells(rows, mine, timeZone).map((c) => [c.row, c])));
    }
  }
  return columns;
}

interface PlacedCell {
  day: string;
  provider: Provider;
  cell: ColumnCell<Item>;
  /** The column's index, day by day then provider by provider. */
  column: number;
  bookable: boolean;
}

/** Row by row, the cells that start in that row (none where an earlier row's cell spans over it). */
function placedCells(
  p: Pick<GridProps, 'days' | 'providers' | 'rows' | 'mode'>,
  columns: ReturnType<typeof cellsByColumn>,
  timeZone: string,
): PlacedCell[][] {
  const now = Date.now();
  return p.rows.map((row, index) =>
    p.days.flatMap((day, d) =>
      p.providers.flatMap((provider, i) => {
        const cell = columns.get(`${day}|${provider.id}`)?.get(index);
        if (!cell) return [];
        const bookable =
          !p.mode.moving && cell.span === 1 && Date.parse(wallToInstant(day, row, timeZone)) > now;
        return [{ day, provider, cell, column: d * p.providers.length + i, bookable }];
      }),
    ),
  );
}

/** What the arrow keys move between outside a move: the visits, and the open times that can be booked. */
function gridItems(placed: PlacedCell[][], rows: number[]): GridItem[] {
  return placed.flatMap((cells, row) =>
    cells.flatMap(({ day, provider, cell, column, bookable }) => {
      const visits = cell.items.filter(isVisit);
      if (visits.length) return visits.map((a, sub) => ({ key: visitKey(a.id), column, row, sub }));
      const minute = rows[row];
      return bookable && minute !== undefined
        ? [{ key: openKey(day, provider.id, minute), column, row, sub: 0 }]
        : [];
    }),
  );
}

/**
 * A table: rows are half hours in the location's zone, columns are providers — in the week view
 * grouped under each day (two header rows, th scope="colgroup" over th scope="col"). A visit's
 * cell spans the rows the visit covers.
 */
export function CalendarGrid(props: GridProps) {
  const { location, days, providers, rows, visits, mode, drag, helpId, onOpenVisit, onBookCell } = props;
  const timeZone = location.timeZone;
  const week = days.length > 1;
  const columns = cellsByColumn(days, providers, rows, [...visits, ...mode.targets], timeZone);
  const when = week ? `week of ${dayHeading(days[0] ?? '')}` : dayHeading(days[0] ?? '');
  const placed = placedCells(props, columns, timeZone);
  const items = gridItems(placed, rows);
  const firstVisit = items.find((i) => i.key.startsWith('visit:'));
  const focus = useGridFocus(items, (firstVisit ?? items[0])?.key ?? null);
  // Outside a move the grid is one Tab stop and the arrow keys move within it; a move has its own keys.
  const grid = mode.moving ? null : focus;
  return (
    // Focusable (only when nothing in it is) so the grid scrolls from the keyboard even with nothing to focus.
    <div
      className="table-wrap calendar-wrap"
      onKeyDown={grid ? grid.onKeyDown : mode.onKeyDown}
      onFocus={focus.onFocus}
      tabIndex={items.length || mode.moving ? undefined : 0}
      role="region"
      aria-label={`Calendar, ${location.name}, ${when}`}
    >
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
          {rows.map((row, index) => (
            <tr key={row}>
              <th scope="row">{rowLabel(row)}</th>
              {(placed[index] ?? []).map(({ day: d, provider: p, cell, bookable }) => {
                const open = { day: d, providerId: p.id, minute: row };
                return (
                  <CalendarCell
                    key={`${d}|${p.id}`}
                    cell={{ day: d, providerId: p.id, rows: rows.slice(cell.row, cell.row + cell.span) }}
                    timeZone={timeZone}
                    visits={cell.items.filter(isVisit)}
                    targets={cell.items.filter((i): i is Slot => !isVisit(i))}
                    mode={mode}
                    drag={drag}
                    helpId={helpId}
                    tabIndexOf={grid?.tabIndexOf}
                    onOpen={onOpenVisit}
                    book={
                      bookable
                        ? {
                            key: openKey(d, p.id, row),
                            label: `Book ${rowLabel(row)} with ${p.displayName}, ${dayHeading(d)}`,
                            onBook: () => onBookCell(open),
                          }
                        : undefined
                    }
                  />
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {visits.length === 0 && <p>No visits at {location.name} on these days.</p>}
    </div>
  );
}
