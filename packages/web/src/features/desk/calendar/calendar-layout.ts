/** How visits sit in one provider's column: a visit spans the rows it covers (a table cell's rowSpan). */
import { ROW_MINUTES, wallEndMinutes, wallMinutes } from './calendar-time';
import type { Timed } from './calendar-rows';

/** One table cell of a column: it starts at row `row`, spans `span` rows and holds `items`. */
export interface ColumnCell<T> {
  row: number;
  span: number;
  items: T[];
}

/** The index of the first shown row at or after `minute`'s row (rows may skip gaps between windows). */
function rowIndexOf(rows: number[], minute: number): number {
  const row = Math.floor(minute / ROW_MINUTES) * ROW_MINUTES;
  const i = rows.findIndex((r) => r >= row);
  return i === -1 ? rows.length - 1 : i;
}

/**
 * Cuts one column (one provider on one day) into cells: an item covers the rows from its start to
 * its end; items whose rows overlap (an override's double booking, a visit off the half hour) share
 * one cell, so every row belongs to exactly one cell. Rows with nothing get a one-row empty cell.
 */
export function columnCells<T extends Timed>(rows: number[], items: T[], timeZone: string): ColumnCell<T>[] {
  const placed = items
    .map((item) => ({
      item,
      first: rowIndexOf(rows, wallMinutes(item.start, timeZone)),
      last: rowIndexOf(rows, wallEndMinutes(item.end, timeZone) - 1),
    }))
    .sort((a, b) => a.first - b.first || a.item.start.localeCompare(b.item.start));
  const cells: ColumnCell<T>[] = [];
  let next = 0;
  for (const p of placed) {
    const open = cells.at(-1);
    if (open && p.first < open.row + open.span) {
      open.span = Math.max(open.span, p.last - open.row + 1);
      open.items.push(p.item);
      next = open.row + open.span;
      continue;
    }
    for (; next < p.first; next++) cells.push({ row: next, span: 1, items: [] });
    cells.push({ row: p.first, span: Math.max(1, p.last - p.first + 1), items: [p.item] });
    next = p.first + Math.max(1, p.last - p.first + 1);
  }
  for (; next < rows.length; next++) cells.push({ row: next, span: 1, items: [] });
  return cells;
}
