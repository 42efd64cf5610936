import { describe, expect, it } from 'vitest';
import { dateBounds, instantSpan } from './date-bounds';

const at = (iso: string) => Date.parse(iso);

describe('dateBounds', () => {
  it.each([
    [['2026-06-02'], { from: at('2026-06-02T00:00:00Z'), to: at('2026-06-03T00:00:00Z') }],
    [['ge2026-06-02'], { from: at('2026-06-02T00:00:00Z') - 1000 }],
    [['gt2026-06-02'], { from: at('2026-06-03T00:00:00Z') - 1000 }],
    [['lt2026-06-02'], { to: at('2026-06-02T00:00:00Z') }],
    [['le2026-06'], { to: at('2026-07-01T00:00:00Z') }],
    [
      ['ge2026-06-02', 'lt2026-06-05'],
      { from: at('2026-06-02T00:00:00Z') - 1000, to: at('2026-06-05T00:00:00Z') },
    ],
    [['2026-06-02,2026-06-09'], { from: at('2026-06-02T00:00:00Z'), to: at('2026-06-10T00:00:00Z') }],
    [['2026-06-02,ge2026-06-09'], { from: at('2026-06-02T00:00:00Z') }],
    [[], {}],
  ])('%j spans %j', (occurrences, expected) => {
    expect(dateBounds(occurrences)).toEqual(expected);
  });
});

describe('instantSpan', () => {
  it.each([
    [['2026-06-02'], { dateFrom: '2026-06-02T00:00:00Z', dateTo: '2026-06-03T00:00:00Z' }],
    [['ge2026-06-02T10:00:00Z'], { dateFrom: '2026-06-02T09:59:59Z' }],
    [['lt2026-06-02T10:00:30+02:00'], { dateTo: '2026-06-02T08:00:30Z' }],
    [['ge2026-06-02', 'lt2026-06-05'], { dateFrom: '2026-06-01T23:59:59Z', dateTo: '2026-06-05T00:00:00Z' }],
    // A bound past four-digit years would not sort among stored instants: left out.
    [['le9999-12-31'], {}],
    [undefined, {}],
  ])('%j narrows to %j', (occurrences, expected) => {
    expect(instantSpan(occurrences)).toEqual(expected);
  });
});
