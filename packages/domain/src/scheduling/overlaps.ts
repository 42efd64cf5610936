import { parseInstant } from './instant';
import type { Interval } from './types';

/** Half-open overlap test ([start, end)), so back-to-back visits sharing an edge never conflict. Empty intervals overlap nothing. */
export function overlaps(a: Interval, b: Interval): boolean {
  const as = parseInstant(a.start, 'interval start').epochNanoseconds;
  const ae = parseInstant(a.end, 'interval end').epochNanoseconds;
  const bs = parseInstant(b.start, 'interval start').epochNanoseconds;
  const be = parseInstant(b.end, 'interval end').epochNanoseconds;
  return as < ae && bs < be && as < be && bs < ae;
}
