import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { availableStarts } from './available-slots';
import { BusyIndex, type BusySpan } from './busy-index';
import { formatEpochMs } from './instant';
import { startsInWindows } from './one-off-windows';
import { RoomAvailability } from './room-choice';
import { isSlotOpen, type SlotQuestion } from './slot-open';
import type { WeeklyHours } from './types';
import { ANCHORS, weeklyWindowArb, ZONES } from './property-test-support';

const MINUTE_MS = 60_000;
const SPAN_DAYS = 6;

/** Windows on a quarter-hour grid (as clinics enter them), some across the night's clock changes. */
const hoursArb: fc.Arbitrary<WeeklyHours[]> = fc.array(weeklyWindowArb(15, 90, 48), { maxLength: 10 });

/** Spans at quarter hours within the searched days, given in minutes from its start. */
const spansArb = (max: number, longest: number) =>
  fc.array(
    fc
      .record({
        at: fc.integer({ min: -8, max: SPAN_DAYS * 96 }),
        quarters: fc.integer({ min: 1, max: longest }),
      })
      .map(({ at, quarters }) => [at * 15, (at + quarters) * 15] as const),
    { maxLength: max },
  );

const scenarioArb = fc.record({
  timeZone: fc.constantFrom(...ZONES),
  anchor: fc.constantFrom(...ANCHORS),
  hours: hoursArb,
  extra: spansArb(3, 24),
  visitMinutes: fc.constantFrom(15, 30, 45, 60, 90),
  bufferMinutes: fc.constantFrom(0, 0, 15, 30),
  stepMinutes: fc.constantFrom(15, 30, 60),
  timeOff: spansArb(3, 40),
  closures: spansArb(2, 96),
  bookings: spansArb(25, 8),
  notBefore: fc.option(fc.integer({ min: 0, max: SPAN_DAYS * 1440 }), { nil: undefined }),
  supervisor: fc.option(fc.record({ hours: hoursArb, timeOff: spansArb(3, 40) }), { nil: undefined }),
  rooms: fc.option(fc.array(spansArb(12, 8), { minLength: 1, maxLength: 3 }), { nil: undefined }),
  probes: fc.array(fc.integer({ min: 0, max: SPAN_DAYS * 96 }), { minLength: 20, maxLength: 60 }),
});
type Scenario = typeof scenarioArb extends fc.Arbitrary<infer S> ? S : never;

/** The scenario as the one-slot check is asked, for `start`. */
function question(s: Scenario, base: number, start: number): SlotQuestion {
  const span = ([a, b]: readonly [number, number]): BusySpan => [base + a * MINUTE_MS, base + b * MINUTE_MS];
  return {
    start,
    visitMinutes: s.visitMinutes,
    bufferMinutes: s.bufferMinutes,
    stepMinutes: s.stepMinutes,
    timeZone: s.timeZone,
    hours: s.hours,
    extra: s.extra.map(span).map(([a, b]) => ({ start: a, end: b })),
    busy: [...s.timeOff, ...s.closures].map(span),
    booked: new BusyIndex(s.bookings.map(span)),
    ...(s.notBefore !== undefined ? { notBefore: base + s.notBefore * MINUTE_MS } : {}),
    ...(s.supervisor
      ? { supervisor: { hours: s.supervisor.hours, busy: s.supervisor.timeOff.map(span) } }
      : {}),
    ...(s.rooms
      ? {
          rooms: new RoomAvailability(
            s.rooms.map((busy, i) => ({
              roomId: `r${i}`,
              busy: busy.map(span).map(([a, b]) => ({ start: formatEpochMs(a), end: formatEpochMs(b) })),
            })),
          ),
        }
      : {}),
  };
}

/**
 * The general search's open starts over the whole range, composed as the server's search composes the engine: weekly
 * and extra hours with visit and rest, then the supervisor on site for the visit, then a free room.
 */
function engineStarts(q: Omit<SlotQuestion, 'start'>, from: number, to: number): Set<number> {
  const minutes = q.visitMinutes + q.bufferMinutes;
  const range = { from: formatEpochMs(from), to: formatEpochMs(to) };
  const notBefore = q.notBefore !== undefined ? { notBefore: formatEpochMs(q.notBefore) } : {};
  const common = { durationMinutes: minutes, stepMinutes: q.stepMinutes, busy: q.busy, booked: q.booked };
  const regular = q.hours.length
    ? availableStarts({ timeZone: q.timeZone, hours: [...q.hours], ...range, ...common, ...notBefore })
    : [];
  const windows = q.extra.map((w) => ({ start: formatEpochMs(w.start), end: formatEpochMs(w.end) }));
  const extra = windows.length ? startsInWindows({ windows, ...range, ...common, ...notBefore }) : [];
  const supervised =
    q.supervisor &&
    new Set(
      q.supervisor.hours.length
        ? availableStarts({
            timeZone: q.timeZone,
            hours: [...q.supervisor.hours],
            ...range,
            durationMinutes: q.visitMinutes,
            stepMinutes: q.stepMinutes,
            busy: q.supervisor.busy,
          })
        : [],
    );
  return new Set(
    [...regular, ...extra].filter(
      (t) =>
        (!supervised || supervised.has(t)) && (!q.rooms || q.rooms.hasFreeRoomMs(t, t + minutes * MINUTE_MS)),
    ),
  );
}

describe('isSlotOpen agrees with the general slot search', () => {
  it('over random starts (on and off the grid) with DST changes, buffers, rooms, closures, extra hours, time off and supervisors', () => {
    let opened = 0;
    let probed = 0;
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const base = Date.parse(`${s.anchor}T00:00:00Z`);
        const from = base;
        const to = base + SPAN_DAYS * 86_400_000;
        const open = engineStarts(question(s, base, 0), from, to);
        const reach = (s.visitMinutes + s.bufferMinutes) * MINUTE_MS;
        // Every start the search found, and probes on a 5-minute grid, within the range with visit and rest.
        const probes = [...open, ...s.probes.map((p) => base + p * 15 * MINUTE_MS + (p % 3) * 5 * MINUTE_MS)];
        for (const start of probes) {
          if (start < from || start + reach > to) continue;
          probed++;
          const answer = isSlotOpen(question(s, base, start));
          if (answer) opened++;
          expect({ start: formatEpochMs(start), open: answer }).toEqual({
            start: formatEpochMs(start),
            open: open.has(start),
          });
        }
      }),
      { numRuns: 400 },
    );
    // The comparison is not vacuous: both answers occur often.
    expect(opened).toBeGreaterThan(probed / 10);
    expect(probed - opened).toBeGreaterThan(probed / 10);
  });
});
