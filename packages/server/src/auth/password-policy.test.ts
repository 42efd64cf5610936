import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import { checkNewPassword } from './password-policy';

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

  it.each(['correct horse battery', 'kettle-Orbit-77-lantern', 'Twelve chars!'])('accepts %s', (password) => {
    expect(refusal(password, { email: 'jane@example.org', name: 'Jane Doe' })).toBeNull();
  });

  it('accepts exactly 12 and 256 characters', () => {
    expect(refusal('gxq7-vmbt-wz')).toBeNull();
    expect(refusal('gxq7-vmbt-wz'.repeat(21) + 'abcd')).toBeNull();
  });
});
