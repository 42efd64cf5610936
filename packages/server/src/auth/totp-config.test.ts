import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config';

describe('REQUIRE_TOTP_FOR', () => {
  it.each([
    [undefined, []],
    ['', []],
    ['physician,admin', ['physician', 'admin']],
    [' physician , admin ,', ['physician', 'admin']],
  ])('reads %j as %j', (value, roles) => {
    const env = value === undefined ? {} : { REQUIRE_TOTP_FOR: value };
    expect(loadConfig(env).requireTotpFor).toEqual(roles);
  });

  it('stops the start on a role that is not staff, naming the variable', () => {
    expect(() => loadConfig({ REQUIRE_TOTP_FOR: 'physician,patient' })).toThrow(/REQUIRE_TOTP_FOR/);
    expect(() => loadConfig({ REQUIRE_TOTP_FOR: 'doctor' })).toThrow(/REQUIRE_TOTP_FOR/);
  });
});
