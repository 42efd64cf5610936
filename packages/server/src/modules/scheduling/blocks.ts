import { slotBlocks } from '@omt/domain';
import type { BookingBlocks } from '@omt/db';

/** Bookings claim the provider's and patient's time in blocks of this many minutes (see the block tables). */
export const BLOCK_MINUTES = 15;

/** The blocks of a visit [start, end) and of the rest time after it that its provider and room need. */
export function bookingBlocks(start: string, end: string, bufferMinutes: number): BookingBlocks {
  const visit = slotBlocks({ start, end }, BLOCK_MINUTES);
  if (bufferMinutes <= 0) return { visit, buffer: [] };
  const restEnd = new Date(Date.parse(end) + bufferMinutes * 60_000).toISOString();
  const taken = new Set(visit);
  const buffer = slotBlocks({ start, end: restEnd }, BLOCK_MINUTES).filter((b) => !taken.has(b));
  return { visit, buffer };
}
