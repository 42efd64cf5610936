import { toInstant } from '../../clock';
import { dateRange, splitPrefix } from './date-range';

/** Instants (epoch ms) a date parameter allows at most: from inclusive, to exclusive; absent: unbounded. */
export interface Bounds {
  from?: number;
  to?: number;
}

/** Values are at least a second long (instants to the second), so lower bounds keep a second's slack. */
const SECOND = 1000;

function boundsOfValue(value: string): Bounds {
  const { prefix, date } = splitPrefix(value);
  const range = dateRange(date);
  if (!range) return {};
  switch (prefix) {
    case 'eq':
      return { from: range.start, to: range.end };
    case 'lt':
      return { to: range.start };
    case 'le':
      return { to: range.end };
    case 'gt':
      return { from: range.end - SECOND };
    case 'ge':
      return { from: range.start - SECOND };
    default:
      return {};
  }
}

const union = (a: Bounds, b: Bounds): Bounds => ({
  ...(a.from !== undefined && b.from !== undefined ? { from: Math.min(a.from, b.from) } : {}),
  ...(a.to !== undefined && b.to !== undefined ? { to: Math.max(a.to, b.to) } : {}),
});

const intersection = (a: Bounds, b: Bounds): Bounds => {
  const froms = [a.from, b.from].filter((x) => x !== undefined);
  const tos = [a.to, b.to].filter((x) => x !== undefined);
  return {
    ...(froms.length ? { from: Math.max(...froms) } : {}),
    ...(tos.length ? { to: Math.min(...tos) } : {}),
  };
};

/**
 * The span a date parameter's occurrences can match, for narrowing a read: each occurrence's comma-separated values
 * are any of them (their union), the occurrences all hold (their intersection). A superset of the matches: the
 * search still matches each value exactly.
 */
export function dateBounds(occurrences: readonly string[]): Bounds {
  return occurrences
    .map((raw) => raw.split(',').map(boundsOfValue).reduce(union))
    .reduce<Bounds>(intersection, {});
}

/** An instant as stored, or undefined past the four-digit years (whose text would not sort among stored instants). */
const storedInstant = (ms: number) => {
  const text = toInstant(new Date(ms));
  return /^\d{4}-/.test(text) ? text : undefined;
};

/**
 * A date parameter's span as stored instants, for a reader to narrow its rows in SQL (`dateFrom` inclusive, `dateTo`
 * exclusive, rounded outwards to the second); no occurrence, or a bound out of range: no narrowing on that side.
 */
export function instantSpan(occurrences: readonly string[] | undefined): {
  dateFrom?: string;
  dateTo?: string;
} {
  const { from, to } = dateBounds(occurrences ?? []);
  const dateFrom = from === undefined ? undefined : storedInstant(Math.floor(from / SECOND) * SECOND);
  const dateTo = to === undefined ? undefined : storedInstant(Math.ceil(to / SECOND) * SECOND);
  return { ...(dateFrom ? { dateFrom } : {}), ...(dateTo ? { dateTo } : {}) };
}
