import { describe, expect, it } from 'vitest';
import {
  base32OfText,
  matchTotpStep,
  newRecoveryCodes,
  recoveryCodeHash,
  totpCode,
  totpStep,
} from './totp';

// RFC 6238 Appendix B, SHA-1 rows: the secret is the ASCII of "12345678901234567890", 8 digits.
const RFC_SECRET = base32OfText('12345678901234567890');
const RFC_VECTORS: [seconds: number, code: string][] = [
  [59, '94287082'],
  [1111111109, '07081804'],
  [1111111111, '14050471'],
  [1234567890, '89005924'],
  [2000000000, '69279037'],
  [20000000000, '65353130'],
];

describe('TOTP codes', () => {
  it.each(RFC_VECTORS)('accepts the RFC 6238 code at %i s as that time step', (seconds, code) => {
    const ms = seconds * 1000;
    expect(matchTotpStep(RFC_SECRET, code, ms, { digits: 8 })).toBe(totpStep(ms));
    expect(totpCode(RFC_SECRET, ms, { digits: 8 })).toBe(code);
  });

  it('accepts the codes of one step either side and nothing further', () => {
    const at = 1111111111 * 1000;
    const step = totpStep(at);
    for (const delta of [-1, 0, 1]) {
      const code = totpCode(RFC_SECRET, at + delta * 30_000);
      expect(matchTotpStep(RFC_SECRET, code, at)).toBe(step + delta);
    }
    for (const delta of [-2, 2]) {
      expect(matchTotpStep(RFC_SECRET, totpCode(RFC_SECRET, at + delta * 30_000), at)).toBeNull();
    }
  });

  it('refuses a wrong, empty or non-numeric code', () => {
    const at = 59_000;
    expect(matchTotpStep(RFC_SECRET, '94287083', at, { digits: 8 })).toBeNull();
    expect(matchTotpStep(RFC_SECRET, '', at, { digits: 8 })).toBeNull();
    expect(matchTotpStep(RFC_SECRET, '9428708a', at, { digits: 8 })).toBeNull();
  });
});

describe('recovery codes', () => {
  it('are ten distinct 80-bit codes whose hash ignores case, dashes and look-alike letters', () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const c of codes) expect(c).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    expect(recoveryCodeHash('ab0c-1def')).toBe(recoveryCodeHash('ABOC1DEF'));
    expect(recoveryCodeHash('AB0C1DEF')).not.toBe(recoveryCodeHash('AB0C1DEG'));
  });
});
