import { afterEach, describe, expect, it, vi } from 'vitest';
import { dayKey, formatter, todayLocal } from './time';

describe('date formatters', () => {
  it('builds one formatter per kind, locale and zone, and keeps each zone its own', () => {
    const options = (timeZone: string) => ({ timeZone, hour: '2-digit', hourCycle: 'h23' }) as const;
    const ny = formatter('test-hour', 'en-GB', options('America/New_York'));
    expect(formatter('test-hour', 'en-GB', options('America/New_York'))).toBe(ny);
    const la = formatter('test-hour', 'en-GB', options('America/Los_Angeles'));
    expect(la).not.toBe(ny);
    const noonUtc = new Date('2026-06-02T16:00:00Z');
    expect(ny.format(noonUtc)).toBe('12');
    expect(la.format(noonUtc)).toBe('09');
  });
});

describe('todayLocal', () => {
  const zone = process.env.TZ;
  afterEach(() => {
    vi.useRealTimers();
    process.env.TZ = zone;
  });

  it("is the device's date in its own zone, on either side of midnight and across a DST change", () => {
    // 04:30 UTC on the night New York springs forward: still the 7th there, already the 8th in Tokyo.
    vi.useFakeTimers({ now: new Date('2026-03-08T04:30:00Z') });
    for (const [timeZone, expected] of [
      ['America/New_York', '2026-03-07'],
      ['Asia/Tokyo', '2026-03-08'],
      ['Pacific/Kiritimati', '2026-03-08'],
      ['Pacific/Pago_Pago', '2026-03-07'],
    ] as const) {
      process.env.TZ = timeZone;
      expect(todayLocal()).toBe(expected);
      expect(todayLocal()).toBe(dayKey(new Date().toISOString(), timeZone));
    }
    // 07:30 UTC: after the change New York is at 03:30 EDT on the 8th.
    vi.setSystemTime(new Date('2026-03-08T07:30:00Z'));
    process.env.TZ = 'America/New_York';
    expect(todayLocal()).toBe('2026-03-08');
  });
});
