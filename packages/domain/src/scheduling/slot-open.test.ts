import { describe, expect, it } from 'vitest';
import { BusyIndex } from './busy-index';
import { RoomAvailability } from './room-choice';
import { isSlotOpen, type SlotQuestion } from './slot-open';
import { weekdays } from './test-support';

const NY = 'America/New_York';
const ms = (iso: string) => Date.parse(iso);

// Monday 2026-01-05, New York on EST (-05:00): 09:00 local is 14:00Z. Mondays 09:00–12:00, 30-minute grid.
const base: SlotQuestion = {
  start: ms('2026-01-05T14:00:00Z'),
  visitMinutes: 30,
  bufferMinutes: 0,
  stepMinutes: 30,
  timeZone: NY,
  hours: weekdays([1], '09:00', '12:00'),
  extra: [],
  busy: [],
  booked: new BusyIndex([]),
};

const rooms = (...busy: [string, string][][]) =>
  new RoomAvailability(
    busy.map((b, i) => ({ roomId: `r${i}`, busy: b.map(([start, end]) => ({ start, end })) })),
  );

describe('isSlotOpen', () => {
  it.each<{ name: string; q: Partial<SlotQuestion>; open: boolean }>([
    { name: 'the first start of a window', q: {}, open: true },
    { name: 'a later start on the grid', q: { start: ms('2026-01-05T16:30:00Z') }, open: true },
    {
      name: 'off the grid (09:15 on a 30-minute grid)',
      q: { start: ms('2026-01-05T14:15:00Z') },
      open: false,
    },
    { name: 'before the window', q: { start: ms('2026-01-05T13:30:00Z') }, open: false },
    {
      name: 'the visit would overrun the window',
      q: { start: ms('2026-01-05T16:30:00Z'), visitMinutes: 60 },
      open: false,
    },
    {
      name: 'the rest time after it would overrun the window',
      q: { start: ms('2026-01-05T16:30:00Z'), bufferMinutes: 15 },
      open: false,
    },
    { name: 'on a day without hours (Tuesday)', q: { start: ms('2026-01-06T14:00:00Z') }, open: false },
    { name: 'before the minimum notice', q: { notBefore: ms('2026-01-05T14:00:01Z') }, open: false },
    { name: 'exactly at the minimum notice', q: { notBefore: ms('2026-01-05T14:00:00Z') }, open: true },
    {
      name: 'during time off or a closure',
      q: { busy: [[ms('2026-01-05T14:20:00Z'), ms('2026-01-05T15:00:00Z')]] },
      open: false,
    },
    {
      name: 'a booking ending at the start',
      q: { booked: new BusyIndex([[ms('2026-01-05T13:00:00Z'), ms('2026-01-05T14:00:00Z')]]) },
      open: true,
    },
    {
      name: 'a booking (with its rest time) overlapping',
      q: { booked: new BusyIndex([[ms('2026-01-05T13:30:00Z'), ms('2026-01-05T14:15:00Z')]]) },
      open: false,
    },
    {
      name: 'a booking inside its own rest time',
      q: {
        bufferMinutes: 15,
        booked: new BusyIndex([[ms('2026-01-05T14:30:00Z'), ms('2026-01-05T15:00:00Z')]]),
      },
      open: false,
    },
    {
      name: 'in one-off extra hours (Saturday morning)',
      q: {
        start: ms('2026-01-10T15:00:00Z'),
        extra: [{ start: ms('2026-01-10T14:00:00Z'), end: ms('2026-01-10T16:00:00Z') }],
      },
      open: true,
    },
    {
      name: 'off the grid of the extra hours',
      q: {
        start: ms('2026-01-10T14:45:00Z'),
        extra: [{ start: ms('2026-01-10T14:00:00Z'), end: ms('2026-01-10T16:00:00Z') }],
      },
      open: false,
    },
    {
      name: 'a resident whose supervisor is on site',
      q: { supervisor: { hours: weekdays([1], '08:00', '10:00'), busy: [] } },
      open: true,
    },
    {
      name: 'a resident whose supervisor works elsewhere that day',
      q: { supervisor: { hours: weekdays([2], '09:00', '12:00'), busy: [] } },
      open: false,
    },
    {
      name: 'a resident whose supervisor is on time off',
      q: {
        supervisor: {
          hours: weekdays([1], '09:00', '12:00'),
          busy: [[ms('2026-01-05T14:00:00Z'), ms('2026-01-05T14:30:00Z')]],
        },
      },
      open: false,
    },
    {
      name: "a resident whose supervisor's grid does not meet the start",
      q: { supervisor: { hours: weekdays([1], '08:45', '12:00'), busy: [] } },
      open: false,
    },
    {
      name: 'one room of two free',
      q: { rooms: rooms([['2026-01-05T14:00:00Z', '2026-01-05T14:30:00Z']], []) },
      open: true,
    },
    {
      name: 'every room taken',
      q: { rooms: rooms([['2026-01-05T14:00:00Z', '2026-01-05T14:30:00Z']]) },
      open: false,
    },
    {
      name: 'the only room taken during the rest time',
      q: { bufferMinutes: 15, rooms: rooms([['2026-01-05T14:30:00Z', '2026-01-05T14:45:00Z']]) },
      open: false,
    },
  ])('$name → $open', ({ q, open }) => {
    expect(isSlotOpen({ ...base, ...q })).toBe(open);
  });

  // New York springs forward on Sunday 2026-03-08 (02:00 → 03:00 EDT): 02:00 and 02:30 do not exist that night.
  it.each([
    ['2026-03-08T06:00:00Z', true], // 01:00 EST
    ['2026-03-08T06:30:00Z', true], // 01:30 EST, ends at the jump
    ['2026-03-08T07:00:00Z', true], // 03:00 EDT
    ['2026-03-08T08:00:00Z', false], // 04:00 EDT, the window has ended
  ])('across the spring-forward night, %s → %s', (start, open) => {
    expect(isSlotOpen({ ...base, start: ms(start), hours: weekdays([7], '01:00', '04:00') })).toBe(open);
  });

  // It falls back on Sunday 2026-11-01 (02:00 EDT → 01:00 EST): the grid follows the wall clock, so 01:00–02:00
  // comes once, at its first occurrence.
  it.each([
    ['2026-11-01T04:30:00Z', true], // 00:30 EDT
    ['2026-11-01T05:00:00Z', true], // 01:00 EDT, the first 01:00
    ['2026-11-01T06:00:00Z', false], // 01:00 EST, the second 01:00
    ['2026-11-01T07:00:00Z', true], // 02:00 EST
  ])('across the fall-back night, %s → %s', (start, open) => {
    expect(isSlotOpen({ ...base, start: ms(start), hours: weekdays([7], '00:30', '03:00') })).toBe(open);
  });
});
