import { describe, expect, it } from 'vitest';
import { emailKey, nameKey, parsePatientQuery, parseTypedDate, phoneKey } from './search-keys';

describe('patient search keys', () => {
  it.each([
    ['José', 'jose'],
    ['  Mary   Ann ', 'mary ann'],
    ["O'Brien", "o'brien"],
    ['MÜLLER', 'muller'],
  ])('name %j → %j', (input, key) => expect(nameKey(input)).toBe(key));

  it.each([
    ['(216) 555-0101', '2165550101'],
    ['+1 216.555.0101', '2165550101'],
    ['1-216-555-0101', '2165550101'],
    ['555 0101', '5550101'],
  ])('phone %j → %j', (input, key) => expect(phoneKey(input)).toBe(key));

  it('email is trimmed and lower-cased', () => expect(emailKey(' Ana@Example.COM ')).toBe('ana@example.com'));

  it.each([
    ['2001-02-03', '2001-02-03'],
    ['02/03/2001', '2001-02-03'],
    ['2/3/2001', '2001-02-03'],
    ['02-03-2001', '2001-02-03'],
    ['02/30/2001', null],
    ['2001-13-01', null],
    ['03/2001', null],
  ])('typed date %j → %j', (input, date) => expect(parseTypedDate(input)).toBe(date));

  it.each([
    ['', { kind: 'none' }],
    ['   ', { kind: 'none' }],
    ['05/12/1984', { kind: 'birthDate', birthDate: '1984-05-12' }],
    ['1984-05-12', { kind: 'birthDate', birthDate: '1984-05-12' }],
    ['Alex@Demo', { kind: 'email', prefix: 'alex@demo' }],
    ['(216) 555-01', { kind: 'phone', prefix: '21655501' }],
    ['+1 216 555 0101', { kind: 'phone', prefix: '2165550101' }],
    ['12', { kind: 'name', words: ['12'] }],
    ['Riv', { kind: 'name', words: ['riv'] }],
    ['Rivera, Alex', { kind: 'name', words: ['rivera', 'alex'] }],
    ['jo%sé_', { kind: 'name', words: ['jose'] }],
    ['%', { kind: 'none' }],
  ])('query %j', (q, parsed) => expect(parsePatientQuery(q)).toEqual(parsed));
});
