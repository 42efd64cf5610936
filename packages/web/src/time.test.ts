import { describe, expect, it } from 'vitest';
import { formatter } from './time';

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
