import { BusyIndex, epochMs } from './busy-index';
import { formatEpochMs } from './instant';
import type { Interval } from './types';

export interface OneOffSearch {
  windows: Interval[]; // concrete extra working windows (UTC instants)
  durationMinutes: number;
  stepMinutes: number;
  busy: readonly (Interval | readonly [start: number, end: number])[];
  /** Busy time already indexed, checked as well as `busy`. */
  booked?: BusyIndex;
  from: string;
  to: string;
  notBefore?: string;
}

/**
 * Slots inside one-off extra hours (a provider's extra Saturday morning, say). The windows are concrete
 * instants, so the grid steps in elapsed time from each window's start.
 */
export function slotsInWindows(s: OneOffSearch): Interval[] {
  const duration = s.durationMinutes * 60_000;
  return startsInWindows(s).map((t) => ({ start: formatEpochMs(t), end: formatEpochMs(t + duration) }));
}

/** The start instants (epoch ms, sorted, unique) of `slotsInWindows`. */
export function startsInWindows(s: OneOffSearch): number[] {
  const busy = new BusyIndex(s.busy);
  const from = Math.max(epochMs(s.from, 'from'), s.notBefore ? epochMs(s.notBefore, 'notBefore') : -Infinity);
  const to = epochMs(s.to, 'to');
  const duration = s.durationMinutes * 60_000;
  const found = new Set<number>();
  for (const w of s.windows) {
    const end = epochMs(w.end, 'window end');
    for (let t = epochMs(w.start, 'window start'); t + duration <= end; t += s.stepMinutes * 60_000) {
      if (
        t >= from &&
        t + duration <= to &&
        !busy.overlaps(t, t + duration) &&
        !s.booked?.overlaps(t, t + duration)
      )
        found.add(t);
    }
  }
  return [...found].sort((a, b) => a - b);
}
