import { describe, expect, it } from 'vitest';
import { RoomAvailability } from './room-choice';

describe('room availability', () => {
  const rooms = new RoomAvailability([
    { roomId: 'table-1', busy: [{ start: '2026-06-01T13:00:00Z', end: '2026-06-01T14:00:00Z' }] },
    { roomId: 'table-2', busy: [{ start: '2026-06-01T13:30:00Z', end: '2026-06-01T14:30:00Z' }] },
  ]);
  it.each([
    ['both free before', '2026-06-01T12:00:00Z', '2026-06-01T12:30:00Z', ['table-1', 'table-2']],
    ['only table 2 free at 13:00', '2026-06-01T13:00:00Z', '2026-06-01T13:30:00Z', ['table-2']],
    ['none free at 13:30', '2026-06-01T13:30:00Z', '2026-06-01T14:00:00Z', []],
    ['table 1 free again at 14:00 (half-open)', '2026-06-01T14:00:00Z', '2026-06-01T14:30:00Z', ['table-1']],
  ])('%s', (_name, start, end, free) => {
    expect(rooms.freeRooms(start, end)).toEqual(free);
    expect(rooms.hasFreeRoom(start, end)).toBe(free.length > 0);
  });

  it('puts no constraint on a location without rooms', () => {
    expect(new RoomAvailability([]).hasFreeRoom('2026-06-01T13:00:00Z', '2026-06-01T14:00:00Z')).toBe(true);
  });
});
