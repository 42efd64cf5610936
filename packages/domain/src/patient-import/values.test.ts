import { describe, expect, it } from 'vitest';
import { parseImportDate, parseImportLanguage, parseImportRelationship, parseImportSex } from './values';

describe('import birth dates', () => {
  it.each([
    ['1980-04-03', '1980-04-03'],
    ['1980-4-3', '1980-04-03'],
    [' 1980-04-03 ', '1980-04-03'],
    ['1980-04-03T00:00:00Z', '1980-04-03'],
    ['1980-04-03 00:00:00', '1980-04-03'],
    ['04/03/1980', '1980-04-03'],
    ['4/3/1980', '1980-04-03'],
    ['12/31/1999', '1999-12-31'],
    ['02/29/2000', '2000-02-29'],
  ])('%j → %s', (raw, date) => expect(parseImportDate(raw)).toEqual({ date }));

  it.each([
    ['04/03/80', 'two-digit year'],
    ['25/12/1980', 'looks day-first'],
    ['02/29/2001', 'is not a real date'],
    ['1980-13-01', 'is not a real date'],
    ['13/13/1980', 'is not a real date'],
    ['03.04.1980', 'must be YYYY-MM-DD or MM/DD/YYYY'],
    ['April 3, 1980', 'must be YYYY-MM-DD or MM/DD/YYYY'],
    ['', 'must be YYYY-MM-DD or MM/DD/YYYY'],
  ])('%j is refused (%s)', (raw, why) => {
    const r = parseImportDate(raw);
    expect('error' in r && r.error).toContain(why);
  });
});

describe('import sex, language, relationship', () => {
  it.each([
    ['F', 'female'],
    ['female', 'female'],
    ['Male', 'male'],
    ['M', 'male'],
    ['X', 'other'],
    ['', 'unknown'],
    ['U', 'unknown'],
    ['Prefer not to say', 'unknown'],
    ['Non Binary', 'other'],
    ['dog', null],
  ])('sex %j → %s', (raw, sex) => expect(parseImportSex(raw)).toBe(sex));

  it.each([
    ['', 'en'],
    ['English', 'en'],
    ['es', 'es'],
    ['Español', 'es'],
    ['Spanish', 'es'],
    ['French', null],
  ])('language %j → %s', (raw, lang) => expect(parseImportLanguage(raw)).toBe(lang));

  it.each([
    ['Mother', 'parent'],
    ['parent', 'parent'],
    ['Legal Guardian', 'legal_guardian'],
    ['legal_guardian', 'legal_guardian'],
    ['aunt', 'other'],
    ['', 'other'],
  ])('relationship %j → %s', (raw, rel) => expect(parseImportRelationship(raw)).toBe(rel));
});
