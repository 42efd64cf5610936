import { parseInstant } from './instant';
import type { Interval } from './types';

/** A busy span in epoch milliseconds, half-open [start, end). */
export type BusySpan = readonly [start: number, end: number];
type Span = BusySpan;

const CANONICAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/** Epoch ms of an instant; canonical UTC strings take the fast path, anything else is parsed strictly. */
export function epochMs(s: string, label: string): number {
  if (CANONICAL.test(s)) {
    const ms = Date.parse(s);
    if (!Number.isNaN(ms)) return ms;
  }
  return parseInstant(s, label).epochMilliseconds;
}

/** Busy intervals merged into sorted disjoint spans, so each slot is checked in O(log n) instead of against every booking. */
export class BusyIndex {
  private readonly spans: Span[];

  /** Busy time as ISO intervals, or as epoch-ms spans where the caller already has numbers. */
  constructor(busy: readonly (Interval | BusySpan)[]) {
    const raw: Span[] = busy
      .map((b): Span => ('start' in b ? [epochMs(b.start, 'busy start'), epochMs(b.end, 'busy end')] : b))
      .filter(([s, e]) => s < e) // empty (or inverted) intervals block nothing
      .sort((a, b) => a[0] - b[0]);
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

  /** True when [start, end) (epoch ms) intersects any busy span (half-open, like `overlaps`). */
  overlaps(start: number, end: number): boolean {
    if (!(start < end)) return false;
    // first span whose end is after the slot's start
    let lo = 0;
    let hi = this.spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const span = this.spans[mid];
      if (span !== undefined && span[1] <= start) lo = mid + 1;
      else hi = mid;
    }
    const candidate = this.spans[lo];
    return candidate !== undefined && candidate[0] < end;
  }
}
