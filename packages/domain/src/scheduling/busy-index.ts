import type { Temporal } from 'temporal-polyfill';
import { parseInstant } from './instant';
import type { Interval } from './types';

type Span = readonly [start: bigint, end: bigint];

/** Busy intervals merged into sorted disjoint spans, so each slot is checked in O(log n) instead of against every booking. */
export class BusyIndex {
  private readonly spans: Span[];

  constructor(busy: readonly Interval[]) {
    const raw: Span[] = busy
      .map((b): Span => [
        parseInstant(b.start, 'busy start').epochNanoseconds,
        parseInstant(b.end, 'busy end').epochNanoseconds,
      ])
      .filter(([s, e]) => s < e) // empty (or inverted) intervals block nothing
      .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const merged: Span[] = [];
    for (const span of raw) {
      const last = merged[merged.length - 1];
      if (last && span[0] <= last[1]) {
        if (span[1] > last[1]) merged[merged.length - 1] = [last[0], span[1]];
      } else {
        merged.push(span);
      }
    }
    this.spans = merged;
  }

  /** True when [start, end) intersects any busy span (half-open, like `overlaps`). */
  overlaps(start: Temporal.Instant, end: Temporal.Instant): boolean {
    const s = start.epochNanoseconds;
    const e = end.epochNanoseconds;
    if (!(s < e)) return false;
    // first span whose end is after the slot's start
    let lo = 0;
    let hi = this.spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const span = this.spans[mid];
      if (span !== undefined && span[1] <= s) lo = mid + 1;
      else hi = mid;
    }
    const candidate = this.spans[lo];
    return candidate !== undefined && candidate[0] < e;
  }
}
