import { formatEpochMs } from '@omt/domain';
import type { BookingBlocks } from '@omt/db';
import { toInstant } from '../../clock';

/** Bookings claim the provider's and patient's time in blocks of this many minutes (see the block tables). */
export const BLOCK_MINUTES = 15;
const BLOCK_MS = BLOCK_MINUTES * 60_000;

/** When a visit's rest time (its visit type's buffer) ends: its provider and room are busy until then. */
export function restEnd(end: string, bufferMinutes: number): string {
  return toInstant(new Date(Date.parse(end) + bufferMinutes * 60_000));
}

/** The start of every block (aligned to the Unix epoch, as the domain's `slotBlocks`) that [from, to) touches, epoch ms. */
function blocksOf(from: number, to: number): string[] {
  const blocks: string[] = [];
  if (to <= from) return blocks;
  for (let t = Math.floor(from / BLOCK_MS) * BLOCK_MS; t < to; t += BLOCK_MS) blocks.push(formatEpochMs(t));
  return blocks;
}

/**
 * The blocks of a visit [start, end) and of the rest time after it that its provider and room need. The instants are
 * stored ones (`YYYY-MM-DDTHH:MM:SSZ`), so plain arithmetic on epoch ms gives what the domain's `slotBlocks` gives.
 */
export function bookingBlocks(start: string, end: string, bufferMinutes: number): BookingBlocks {
  const from = Date.parse(start);
  const to = Date.parse(end);
  const visit = blocksOf(from, to);
  if (bufferMinutes <= 0) return { visit, buffer: [] };
  const rest = to + bufferMinutes * 60_000;
  return { visit, buffer: blocksOf(from, rest).slice(visit.length) };
}
