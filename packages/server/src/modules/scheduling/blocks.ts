import { slotBlocks } from '@omt/domain';
import type { BookingBlocks } from '@omt/db';
import { toInstant } from '../../clock';

/** Bookings claim the provider's and patient's time in blocks of this many minutes (see the block tables). */
export const BLOCK_MINUTES = 15;

/** When a visit's rest time (its visit type's buffer) ends: its provider and room are busy until then. */
export function restEnd(end: string, bufferMinutes: number): string {
  return toInstant(new Date(Date.parse(end) + bufferMinutes * 60_000));
}

/** The blocks of a visit [start, end) and of the rest time after it that its provider and room need. */
export function bookingBlocks(start: string, end: string, bufferMinutes: number): BookingBlocks {
  const visit = slotBlocks({ start, end }, BLOCK_MINUTES);
  if (bufferMinutes <= 0) return { visit, buffer: [] };
  const taken = new Set(visit);
  const all = slotBlocks({ start, end: restEnd(end, bufferMinutes) }, BLOCK_MINUTES);
  return { visit, buffer: all.filter((b) => !taken.has(b)) };
}
