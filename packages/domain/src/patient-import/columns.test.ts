import { describe, expect, it } from 'vitest';
import { headerKey, mappingProblem, proposeMapping, type ColumnMapping } from './columns';

describe('proposed column mapping', () => {
  it('Jane-style header', () => {
    const m = proposeMapping([
      'First Name',
      'Last Name',
      'Date of Birth',
      'Gender',
      'E-mail',
      'Mobile',
      'Address',
      'City',
      'State',
      'Zip',
    ]);
    expect(m).toMatchObject({
      givenName: 0,
      familyName: 1,
      birthDate: 2,
      sex: 3,
      email: 4,
      phone: 5,
      addressLine1: 6,
      city: 7,
      state: 8,
      postalCode: 9,
      addressLine2: null,
      guardianName: null,
    });
  });

  it.each([
    ['given', 'givenName'],
    ['fname', 'givenName'],
    ['Surname', 'familyName'],
    ['DOB', 'birthDate'],
    ['Birthdate', 'birthDate'],
    ['birth_date', 'birthDate'],
    ['Sex', 'sex'],
    ['Email Address', 'email'],
    ['Cell Phone', 'phone'],
    ['phone_home', 'phone'],
    ['Postal Code', 'postalCode'],
    ['Address Line 2', 'addressLine2'],
    ['Guardian Name', 'guardianName'],
    ['Preferred Language', 'preferredLanguage'],
  ])('%j → %s', (header, field) => {
    expect(proposeMapping(['zzz', header])[field as keyof ColumnMapping]).toBe(1);
  });

  it('a column serves one field and the first match wins', () => {
    const m = proposeMapping(['Mobile', 'Home Phone']);
    expect(m.phone).toBe(0);
  });

  it('unknown headers map to nothing', () => {
    expect(Object.values(proposeMapping(['Chart #', 'Balance'])).every((v) => v === null)).toBe(true);
  });

  it('header keys drop case, accents and punctuation', () =>
    expect(headerKey(' Téléphone-No. ')).toBe('telephoneno'));
});

describe('mapping problems', () => {
  const ok = { ...proposeMapping(['first', 'last', 'dob', 'sex']) };
  it('a complete mapping has none', () => expect(mappingProblem(ok, 4)).toBeNull());
  it('a required field unmapped', () =>
    expect(mappingProblem({ ...ok, birthDate: null }, 4)).toEqual({
      field: 'birthDate',
      message: 'needs a column (every patient needs it)',
    }));
  it('a column outside the file', () =>
    expect(mappingProblem({ ...ok, email: 9 }, 4)).toEqual({
      field: 'email',
      message: 'column 10 is not in the file',
    }));
  it('a column used twice', () =>
    expect(mappingProblem({ ...ok, email: 0 }, 4)).toEqual({
      field: 'email',
      message: 'column 1 is already mapped to givenName',
    }));
});
