import { Temporal } from 'temporal-polyfill';
import { formatInstant, parseInstant } from './instant';
import type { Interval } from './types';

const NS_PER_MINUTE = 60_000_000_000n;

/**
 * List the UTC start instant of every `blockMinutes`-aligned block (aligned to the Unix epoch) that the
 * interval touches, so the database can hold one unique row per provider per block and reject double bookings.
 */
export function slotBlocks(interval: Interval, blockMinutes: number): string[] {
  if (!Number.isInteger(blockMinutes) || blockMinutes <= 0) {
    throw new RangeError(`blockMinutes must be a positive integer, got ${blockMinutes}`);
  }
  const start = parseInstant(interval.start, 'interval start').epochNanoseconds;
  const end = parseInstant(interval.end, 'interval end').epochNanoseconds;
  if (end < start)
    throw new RangeError(`Interval ends before it starts: ${interval.start} – ${interval.end}`);
  if (end === start) return [];

  const size = BigInt(blockMinutes) * NS_PER_MINUTE;
  const first = floorTo(start, size);
  const last = -floorTo(-end, size); // ceil
  const blocks: string[] = [];
  for (let t = first; t < last; t += size) {
    blocks.push(formatInstant(Temporal.Instant.fromEpochNanoseconds(t)));
  }
  return blocks;
}

/** Floor division toward −∞ (BigInt `/` truncates toward zero). */
function floorTo(value: bigint, size: bigint): bigint {
  const r = value % size;
  return r < 0n ? value - r - size : value - r;
}
