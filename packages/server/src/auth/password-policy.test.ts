import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import { checkNewPassword, commonPasswords } from './password-policy';

function refusal(password: string, context?: { email?: string; name?: string }): DomainError | null {
  try {
    checkNewPassword(password, context);
    return null;
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
}

describe('checkNewPassword', () => {
  it.each([
    ['short', 'Tr0ub4dor&3', 'at least 12 characters'],
    ['too long', 'x7!'.repeat(86) + 'ab', 'at most 256 characters'],
    ['common whole', 'qwertyuiopasdfghjkl', 'too common'],
    ['common, digits padded', 'password2024!', 'too common'],
    ['common, leetspeak', 'P@ssw0rd123456', 'too common'],
    ['common season', 'Summer2026!!!', 'too common'],
    ['the clinic name', 'OMTclinic2026!', 'too common'],
    ['repetitive', 'abababababab', 'too few characters'],
    ['all one key', '111111111111', 'too common'],
    ['a keyboard walk', 'qwertyuiopasdf', 'run of keys'],
    ['a backwards run', '09876543210987', 'run of keys'],
  ])('refuses %s', (_label, password, rule) => {
    const e = refusal(password);
    expect(e?.status).toBe(400);
    expect(e?.field).toBe('password');
    expect(e?.message).toContain(rule);
  });

  it('refuses the email, the email name and the name, in any case', () => {
    const context = { email: 'Jane.Doe-Smith@example.org', name: 'Jane Doe Smithsonian' };
    expect(refusal('jane.doe-smith@example.org', context)?.message).toContain('email or name');
    expect(refusal('JaneDoeSmith', context)?.message).toContain('email or name');
    expect(refusal('jane doe smithsonian', context)?.message).toContain('email or name');
  });

  it('ships at least 10,000 common passwords, checked in any case and as the word inside padding', () => {
    expect(commonPasswords().size).toBeGreaterThanOrEqual(10_000);
    // From the SecLists top 10,000 only (not on the clinic's own shorter list).
    for (const password of ['MERCEDES2026!', 'Gandalf123456!', 'ScoobyDoo2026!']) {
      expect(refusal(password)?.message, password).toContain('too common');
    }
  });

  it('refuses a password containing the email name or the name, in any case and leetspeak', () => {
    const context = { email: 'maria.gonzalez@example.org', name: 'María Gonzalez' };
    for (const password of [
      'my-maria-gonzalez-pw',
      'GONZALEZ for the win',
      'm4ria.g0nzalez!!',
      'Maria gets 2 coffees',
    ]) {
      expect(refusal(password, context)?.message, password).toContain('must not contain your email or name');
    }
    // A short email name counts only whole; short name words do not count inside.
    const short = { email: 'jo@example.org', name: 'Jo Li' };
    expect(refusal('jo', short)?.message).toContain('at least 12');
    expect(refusal('journey-to-lisbon', short)).toBeNull();
  });

  it.each(['correct horse battery', 'kettle-Orbit-77-lantern', 'Twelve chars!'])('accepts %s', (password) => {
    expect(refusal(password, { email: 'jane@example.org', name: 'Jane Doe' })).toBeNull();
  });

  it('accepts exactly 12 and 256 characters', () => {
    expect(refusal('gxq7-vmbt-wz')).toBeNull();
    expect(refusal('gxq7-vmbt-wz'.repeat(21) + 'abcd')).toBeNull();
  });
});
