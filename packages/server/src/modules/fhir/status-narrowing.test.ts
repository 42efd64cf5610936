import { describe, expect, it } from 'vitest';
import { statusesNotAsked } from './status-narrowing';

const STORED = { held: 'pending', booked: 'booked', completed: 'fulfilled', cancelled: 'cancelled' };

describe('statusesNotAsked', () => {
  it.each([
    [undefined, []],
    [['booked'], ['held', 'completed', 'cancelled']],
    [['fulfilled,cancelled'], ['held', 'booked']],
    [['|pending'], ['booked', 'completed', 'cancelled']],
    [
      ['booked,fulfilled', 'fulfilled'],
      ['held', 'booked', 'cancelled'],
    ],
    [['arrived'], ['held', 'booked', 'completed', 'cancelled']],
  ])('%j leaves out %j', (occurrences, expected) => {
    expect(statusesNotAsked(occurrences, STORED)).toEqual(expected);
  });
});
