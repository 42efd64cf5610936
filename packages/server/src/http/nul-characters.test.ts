import { describe, expect, it } from 'vitest';
import { nulCharacterAt } from './nul-characters';

describe('nulCharacterAt', () => {
  it.each([
    ['plain text', 'abc', null],
    ['a number', 7, null],
    ['null', null, null],
    ['a NUL in a string', 'a\u0000b', []],
    ['a NUL in a field', { id: 'x', name: 'A\u0000' }, ['name']],
    [
      'a NUL in a list item',
      { regions: [{ segment: 'L1' }, { segment: '\u0000' }] },
      ['regions', '1', 'segment'],
    ],
    ['a NUL in a key', { ['k\u0000']: 1 }, ['k\u0000']],
    ['the first of two', { a: '\u0000', b: '\u0000' }, ['a']],
  ])('%s', (_what, value, expected) => {
    expect(nulCharacterAt(value)).toEqual(expected);
  });
});
