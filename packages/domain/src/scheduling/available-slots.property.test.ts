import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { availableSlots } from './available-slots';
import { formatInstant } from './instant';
import { overlaps } from './overlaps';
import { minutesOfDay } from './parse-hhmm';
import type { AvailabilityInput, Interval } from './types';
import { ANCHORS, weeklyWindowArb, ZONES } from './property-test-support';
import { localDateTime } from './zoned-time';

const at = (base: Temporal.Instant, minutes: number) => formatInstant(base.add({ minutes }));

/** Windows on a one-minute grid, up to ten hours long. */
const windowArb = weeklyWindowArb(1, 1438, 600);

/** Inputs with busy time as ISO intervals, which the oracle below compares against. */
type IsoInput = Omit<AvailabilityInput, 'busy'> & { busy: Interval[] };

const inputArb: fc.Arbitrary<IsoInput> = fc
  .record({
    timeZone: fc.constantFrom(...ZONES),
    hours: fc.array(windowArb, { minLength: 1, maxLength: 8 }),
    anchor: fc.constantFrom(...ANCHORS),
    fromOffset: fc.integer({ min: 0, max: 7 * 1440 }),
    span: fc.integer({ min: 0, max: 10 * 1440 }),
    durationMinutes: fc.constantFrom(15, 30, 45, 60, 90),
    stepMinutes: fc.constantFrom(5, 10, 15, 20, 30, 60),
    busy: fc.array(
      fc.record({
        permille: fc.integer({ min: 0, max: 1000 }), // position within the range, so busy time lands where slots are
        shift: fc.integer({ min: -120, max: 120 }),
        length: fc.integer({ min: 0, max: 480 }),
      }),
      { maxLength: 25 },
    ),
    notBefore: fc.option(fc.integer({ min: -1440, max: 10 * 1440 }), { nil: undefined }),
  })
  .map((r) => {
    const base = Temporal.Instant.from(`${r.anchor}T00:00:00Z`).add({ minutes: r.fromOffset });
    const input: IsoInput = {
      timeZone: r.timeZone,
      hours: r.hours,
      from: at(base, 0),
      to: at(base, r.span),
      durationMinutes: r.durationMinutes,
      stepMinutes: r.stepMinutes,
      busy: r.busy.map((b) => {
        const offset = Math.floor((r.span * b.permille) / 1000) + b.shift;
        return { start: at(base, offset), end: at(base, offset + b.length) };
      }),
    };
    if (r.notBefore !== undefined) input.notBefore = at(base, r.notBefore);
    return input;
  });

const ms = (s: string) => Temporal.Instant.from(s).epochMilliseconds;

/** The slot's local start lies on some window's grid and the visit fits before that window's end (wall clock). */
function onWorkingGrid(slot: Interval, input: AvailabilityInput): boolean {
  const { date, time } = localDateTime(slot.start, input.timeZone);
  const weekday = Temporal.PlainDate.from(date).dayOfWeek;
  const t = minutesOfDay(time);
  return input.hours.some((w) => {
    const ws = minutesOfDay(w.start);
    return (
      w.weekday === weekday &&
      t >= ws &&
      (t - ws) % input.stepMinutes === 0 &&
      t + input.durationMinutes <= minutesOfDay(w.end)
    );
  });
}

describe('availableSlots properties', () => {
  it('every slot is on the working grid, free, within bounds, sorted and unique', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const slots = availableSlots(input);
        const lowest = Math.max(ms(input.from), input.notBefore ? ms(input.notBefore) : -Infinity);
        slots.forEach((slot, i) => {
          expect(slot.start).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:00Z$/);
          expect(ms(slot.end) - ms(slot.start)).toBe(input.durationMinutes * 60_000);
          expect(ms(slot.start)).toBeGreaterThanOrEqual(lowest);
          expect(ms(slot.end)).toBeLessThanOrEqual(ms(input.to));
          expect(onWorkingGrid(slot, input)).toBe(true);
          expect(input.busy.some((b) => overlaps(slot, b))).toBe(false);
          const previous = slots[i - 1];
          if (previous) expect(ms(previous.start)).toBeLessThan(ms(slot.start));
        });
      }),
      { numRuns: 300 },
    );
  });

  it('busy intervals remove exactly the overlapping slots (no busy → superset)', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const free = availableSlots({ ...input, busy: [] });
        const withBusy = availableSlots(input);
        const freeStarts = new Set(free.map((s) => s.start));
        for (const slot of withBusy) expect(freeStarts.has(slot.start)).toBe(true);
        expect(withBusy).toEqual(free.filter((slot) => !input.busy.some((b) => overlaps(slot, b))));
        // Busy time given as epoch-ms spans (the server's cached path) removes exactly the same slots.
        const spans = input.busy.map((b): [number, number] => [ms(b.start), ms(b.end)]);
        expect(availableSlots({ ...input, busy: spans })).toEqual(withBusy);
      }),
      { numRuns: 300 },
    );
  });

  it('narrowing the range only removes slots', () => {
    fc.assert(
      fc.property(inputArb, fc.integer({ min: 0, max: 2 * 1440 }), (input, trim) => {
        const wide = availableSlots(input);
        const narrowFrom = at(Temporal.Instant.from(input.from), trim);
        const narrow = availableSlots({ ...input, from: narrowFrom });
        expect(narrow).toEqual(wide.filter((s) => ms(s.start) >= ms(narrowFrom)));
      }),
      { numRuns: 150 },
    );
  });
});
