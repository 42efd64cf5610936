import { BusyIndex, epochMs } from './busy-index';
import type { Interval } from './types';

export interface RoomBookings {
  roomId: string;
  busy: Interval[];
}

/**
 * The rooms (treatment tables) free for the whole of [start, end), in the order given, so a booking takes
 * the first and a slot is open only while at least one is free. A location without rooms has no constraint.
 */
export class RoomAvailability {
  private readonly rooms: { roomId: string; index: BusyIndex }[];

  constructor(rooms: readonly RoomBookings[]) {
    this.rooms = rooms.map((r) => ({ roomId: r.roomId, index: new BusyIndex(r.busy) }));
  }

  /** Whether the location has rooms at all (without rooms there is no room constraint). */
  get hasRooms(): boolean {
    return this.rooms.length > 0;
  }

  /** True when the location has no rooms, or some room is free throughout. */
  hasFreeRoom(start: string, end: string): boolean {
    return this.rooms.length === 0 || this.freeRooms(start, end).length > 0;
  }

  /** `hasFreeRoom` for epoch-ms instants. */
  hasFreeRoomMs(start: number, end: number): boolean {
    return this.rooms.length === 0 || this.rooms.some((r) => !r.index.overlaps(start, end));
  }

  freeRooms(start: string, end: string): string[] {
    const s = epochMs(start, 'start');
    const e = epochMs(end, 'end');
    return this.rooms.filter((r) => !r.index.overlaps(s, e)).map((r) => r.roomId);
  }
}
