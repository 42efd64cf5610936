import { describe, expect, it } from 'vitest';
import { backoffMs, jobErrorText } from './retry-policy';

describe('backoffMs', () => {
  it.each([
    [1, 30_000],
    [2, 60_000],
    [3, 120_000],
    [5, 480_000],
    [20, 3_600_000],
  ])('after try %i waits %i ms', (attempts, ms) => {
    expect(backoffMs(attempts)).toBe(ms);
  });
});

describe('jobErrorText', () => {
  it.each([
    ['550 5.1.1 <maria@demo.clinic>: Recipient unknown', '550 5.1.1 [address]: Recipient unknown'],
    ['connect ECONNREFUSED\n 127.0.0.1:25', 'connect ECONNREFUSED 127.0.0.1:25'],
    [`x${'y'.repeat(400)}`, `x${'y'.repeat(299)}`],
  ])('%s → %s', (message, stored) => {
    expect(jobErrorText(new Error(message))).toBe(stored);
  });
});
