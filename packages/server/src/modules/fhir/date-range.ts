/**
 * FHIR date search (https://hl7.org/fhir/R4/search.html#date): a value is a range by its precision (a year, a month,
 * a day, a minute or a second), compared by prefix. Ranges are [start, end) in epoch milliseconds, UTC.
 */
export interface Range {
  start: number;
  end: number;
}

export const DATE_PREFIXES = ['eq', 'lt', 'le', 'gt', 'ge'] as const;
export type DatePrefix = (typeof DATE_PREFIXES)[number];

const DATE =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}))?)?)?$/;

/** The range a FHIR date, dateTime or instant covers; null when it is not one. */
export function dateRange(value: string): Range | null {
  const m = DATE.exec(value);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, zone] = m;
  const year = Number(y);
  const month = mo === undefined ? null : Number(mo);
  const day = d === undefined ? null : Number(d);
  if (month !== null && (month < 1 || month > 12)) return null;
  if (month === null) return { start: Date.UTC(year, 0, 1), end: Date.UTC(year + 1, 0, 1) };
  if (day === null) return { start: Date.UTC(year, month - 1, 1), end: Date.UTC(year, month, 1) };
  const dayStart = Date.UTC(year, month - 1, day);
  if (new Date(dayStart).getUTCDate() !== day) return null;
  if (h === undefined) return { start: dayStart, end: dayStart + 86_400_000 };
  if (Number(h) > 23 || Number(mi) > 59 || (s !== undefined && Number(s) > 59)) return null;
  const at = Date.parse(`${y}-${mo}-${d}T${h}:${mi}:${s ?? '00'}${zone}`);
  if (Number.isNaN(at)) return null;
  return { start: at, end: at + (s === undefined ? 60_000 : 1000) };
}

/** Whether a resource's date (range `target`) matches the search range by the prefix. */
export function dateMatches(prefix: DatePrefix, search: Range, target: Range): boolean {
  switch (prefix) {
    case 'eq':
      return search.start <= target.start && target.end <= search.end;
    case 'lt':
      return target.start < search.start;
    case 'le':
      return target.start < search.end;
    case 'gt':
      return target.end > search.end;
    case 'ge':
      return target.end > search.start;
  }
}

/** Splits `ge2026-06-01` into its prefix and date; `eq` when there is no prefix. */
export function splitPrefix(value: string): { prefix: string; date: string } {
  const m = /^([a-z]{2})(.*)$/.exec(value);
  return m ? { prefix: m[1]!, date: m[2]! } : { prefix: 'eq', date: value };
}
