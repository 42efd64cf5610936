import { formatEpochMs, parseInstant } from './instant';
import type { Interval } from './types';

const MS_PER_MINUTE = 60_000;

/**
 * List the UTC start instant of every `blockMinutes`-aligned block (aligned to the Unix epoch) that the
 * interval touches, so the database can hold one unique row per provider per block and reject double bookings.
 */
export function slotBlocks(interval: Interval, blockMinutes: number): string[] {
  if (!Number.isInteger(blockMinutes) || blockMinutes <= 0) {
    throw new RangeError(`blockMinutes must be a positive integer, got ${blockMinutes}`);
  }
  const start = parseInstant(interval.start, 'interval start').epochMilliseconds;
  const end = parseInstant(interval.end, 'interval end').epochMilliseconds;
  if (end < start)
    throw new RangeError(`Interval ends before it starts: ${interval.start} – ${interval.end}`);
  if (end === start) return [];

  // Epoch ms are exact integers here, and every block start is a whole minute, as formatEpochMs needs.
  const size = blockMinutes * MS_PER_MINUTE;
  const first = Math.floor(start / size) * size;
  const last = Math.ceil(end / size) * size;
  const blocks: string[] = [];
  for (let t = first; t < last; t += size) blocks.push(formatEpochMs(t));
  return blocks;
}
