/** A note unsigned this long after its visit started is overdue on "my unsigned notes". */
export const UNSIGNED_NOTE_OVERDUE_HOURS = 24;

/** Whether a note whose visit started at `since` is still unsigned past the limit at `now` (UTC instants). */
export function isUnsignedNoteOverdue(since: string, now: string): boolean {
  return Date.parse(now) - Date.parse(since) > UNSIGNED_NOTE_OVERDUE_HOURS * 3_600_000;
}

/** Oldest first by `since`; equal instants keep one stable order by id. */
export function oldestFirst<T extends { since: string; id: string }>(items: readonly T[]): T[] {
  return [...items].sort(
    (a, b) => Date.parse(a.since) - Date.parse(b.since) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}
