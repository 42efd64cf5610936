import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decodeLiveNotice, encodeLiveNotice } from './live-notice';

describe('live event notices', () => {
  const from = randomUUID();
  const id = randomUUID();

  it('carries the sending instance and the event, ids only, both ways', () => {
    const payload = encodeLiveNotice(from, { kind: 'safety_task.raised', id });
    expect(JSON.parse(payload)).toEqual({ from, event: { kind: 'safety_task.raised', id } });
    expect(decodeLiveNotice(payload)).toEqual({ from, event: { kind: 'safety_task.raised', id } });
  });

  it('leaves out anything an event carries beyond its kind and id', () => {
    const event = { kind: 'alert.raised' as const, id, patient: 'Alex Rivera' };
    expect(encodeLiveNotice(from, event)).not.toContain('Alex');
  });

  it.each([
    ['not JSON', 'not json'],
    ['empty', ''],
    ['a kind no stream knows', JSON.stringify({ from, event: { kind: 'patient.moved', id } })],
    ['an id that is not an id', JSON.stringify({ from, event: { kind: 'alert.raised', id: 'Alex Rivera' } })],
    ['a field beyond the notice', JSON.stringify({ from, event: { kind: 'alert.raised', id }, name: 'x' })],
    ['a field beyond the event', JSON.stringify({ from, event: { kind: 'alert.raised', id, name: 'x' } })],
    ['no sender', JSON.stringify({ event: { kind: 'alert.raised', id } })],
    ['a list', JSON.stringify([from])],
  ])('refuses %s (null, never a throw)', (_what, payload) => {
    expect(decodeLiveNotice(payload)).toBeNull();
  });
});
