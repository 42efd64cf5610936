import { describe, expect, it } from 'vitest';
import { consentStatus, typedNameMatches } from './signature-rules';

describe('typedNameMatches', () => {
  it.each([
    ['Alex Rivera', 'Alex Rivera', true],
    ['alex rivera', 'Alex Rivera', true],
    ['  ALEX   Rivera ', 'Alex Rivera', true],
    ['Maria Lopez', 'María López', true],
    ['Alex', 'Alex Rivera', false],
    ['Alex Rivera Jr', 'Alex Rivera', false],
    ['Rivera Alex', 'Alex Rivera', false],
    ['', 'Alex Rivera', false],
    ['   ', '   ', false],
  ])('%j against %j → %s', (typed, name, expected) => {
    expect(typedNameMatches(typed, name)).toBe(expected);
  });
});

describe('consentStatus', () => {
  it.each([
    [{ currentVersion: 1, signedVersions: [] }, 'not_signed'],
    [{ currentVersion: 1, signedVersions: [1] }, 'signed'],
    [{ currentVersion: 2, signedVersions: [1] }, 'new_version'],
    [{ currentVersion: 2, signedVersions: [2, 1] }, 'signed'],
  ] as const)('%j → %s', (state, expected) => {
    expect(consentStatus(state)).toBe(expected);
  });
});
