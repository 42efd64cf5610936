import { useState, type FocusEvent, type KeyboardEvent } from 'react';

/** A focusable thing in the calendar grid (a visit, an open time): its column, the row its cell starts at, order in the cell. */
export interface GridItem {
  key: string;
  column: number;
  row: number;
  /** Order among the visits sharing one cell. */
  sub: number;
}

const byPlace = (a: GridItem, b: GridItem) => a.column - b.column || a.row - b.row || a.sub - b.sub;

/**
 * Where an arrow key leads from `current` (ARIA grid pattern): up and down within the provider's day, left and right
 * to the nearest thing at about the same time in the next column that has one, Home and End to the first and last of
 * the column, Ctrl+Home and Ctrl+End to the first and last of the grid. Null to stay.
 */
export function nextGridKey(
  items: readonly GridItem[],
  current: string,
  key: string,
  ctrl = false,
): string | null {
  const sorted = [...items].sort(byPlace);
  const at = sorted.find((i) => i.key === current);
  if (!at) return null;
  const column = sorted.filter((i) => i.column === at.column);
  const index = column.indexOf(at);
  switch (key) {
    case 'ArrowDown':
      return column[index + 1]?.key ?? null;
    case 'ArrowUp':
      return column[index - 1]?.key ?? null;
    case 'Home':
      return (ctrl ? sorted[0] : column[0])?.key ?? null;
    case 'End':
      return (ctrl ? sorted.at(-1) : column.at(-1))?.key ?? null;
    case 'ArrowRight':
    case 'ArrowLeft': {
      const step = key === 'ArrowRight' ? 1 : -1;
      const beyond = sorted.filter((i) => (i.column - at.column) * step > 0);
      const nearest = step > 0 ? beyond[0]?.column : beyond.at(-1)?.column;
      if (nearest === undefined) return null;
      const there = beyond.filter((i) => i.column === nearest);
      // The thing covering this time (its cell starts at or before it), else the first after it.
      const covering = there.filter((i) => i.row <= at.row).at(-1);
      return (covering ?? there[0])?.key ?? null;
    }
    default:
      return null;
  }
}

const MOVE_KEYS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End']);

/**
 * One Tab stop for the whole grid (roving tabindex): the thing last focused keeps tabindex 0, every other -1, and
 * the arrow keys move focus. Things carry `data-grid-key`; the first visit (else the first open time) starts.
 */
export function useGridFocus(items: readonly GridItem[], firstKey: string | null) {
  const [active, setActive] = useState<string | null>(null);
  const current = active !== null && items.some((i) => i.key === active) ? active : firstKey;
  return {
    tabIndexOf: (key: string) => (key === current ? 0 : -1),
    onFocus: (e: FocusEvent<HTMLElement>) => {
      const key = e.target.dataset.gridKey;
      if (key) setActive(key);
    },
    onKeyDown: (e: KeyboardEvent<HTMLElement>) => {
      const from = (e.target as HTMLElement).dataset.gridKey;
      if (!from || !MOVE_KEYS.has(e.key) || e.altKey || e.shiftKey || e.metaKey) return;
      e.preventDefault();
      const next = nextGridKey(items, from, e.key, e.ctrlKey);
      if (!next) return;
      e.currentTarget.querySelector<HTMLElement>(`[data-grid-key="${CSS.escape(next)}"]`)?.focus();
    },
  };
}

export type GridFocus = ReturnType<typeof useGridFocus>;

/** The grid key of a visit's button. */
export const visitKey = (id: string) => `visit:${id}`;
/** The grid key of an open half hour's Book button (day, provider, minute of the day). */
export const openKey = (day: string, providerId: string, minute: number) =>
  `open:${day}|${providerId}|${minute}`;
