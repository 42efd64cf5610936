import { describe, expect, it } from 'vitest';
import { compareResultVersions, type ResultVersion } from './outside-result-versions';

const v = (content: string, status: string, sentAt: string | null): ResultVersion => ({
  content,
  status,
  sentAt,
});
const T1 = '2024-05-02T08:00:00Z';
const T2 = '2024-05-02T09:30:00Z';

describe('which version of a result from another system is kept', () => {
  it('takes the same content as the same version, noting only a later time', () => {
    expect(compareResultVersions(v('a', 'final', T1), v('a', 'final', T1))).toEqual({
      kind: 'same',
      laterSentAt: null,
    });
    expect(compareResultVersions(v('a', 'final', T1), v('a', 'final', T2))).toEqual({
      kind: 'same',
      laterSentAt: T2,
    });
    expect(compareResultVersions(v('a', 'final', null), v('a', 'final', T1))).toEqual({
      kind: 'same',
      laterSentAt: T1,
    });
    expect(compareResultVersions(v('a', 'final', T2), v('a', 'final', T1))).toEqual({
      kind: 'same',
      laterSentAt: null,
    });
    expect(compareResultVersions(v('a', 'final', T1), v('a', 'final', null))).toEqual({
      kind: 'same',
      laterSentAt: null,
    });
  });

  it('replaces the kept version by a later one, and never by an earlier one, whatever their statuses', () => {
    expect(compareResultVersions(v('a', 'final', T1), v('b', 'corrected', T2))).toEqual({ kind: 'replaces' });
    expect(compareResultVersions(v('a', 'corrected', T1), v('b', 'final', T2))).toEqual({ kind: 'replaces' });
    const late = compareResultVersions(v('b', 'final', T2), v('a', 'corrected', T1));
    expect(late).toMatchObject({ kind: 'kept' });
    expect(late.kind === 'kept' && late.why).toContain(`newer (${T2}) than this one (${T1})`);
  });

  it('without times that tell, never goes back in status', () => {
    for (const [kept, sent] of [
      [T1, T1],
      [null, T1],
      [T1, null],
      [null, null],
    ] as const) {
      expect(compareResultVersions(v('a', 'final', kept), v('b', 'amended', sent))).toEqual({
        kind: 'replaces',
      });
      expect(compareResultVersions(v('a', 'final', kept), v('b', 'final', sent))).toEqual({
        kind: 'replaces',
      });
      expect(compareResultVersions(v('a', 'corrected', kept), v('b', 'final', sent))).toMatchObject({
        kind: 'kept',
      });
      expect(compareResultVersions(v('a', 'final', kept), v('b', 'preliminary', sent))).toMatchObject({
        kind: 'kept',
      });
    }
    expect(compareResultVersions(v('a', 'preliminary', null), v('b', 'final', null))).toEqual({
      kind: 'replaces',
    });
  });

  it('takes a withdrawal (entered-in-error) unless the kept version is provably newer', () => {
    for (const [kept, sent] of [
      [T1, T2],
      [T1, T1],
      [null, T1],
      [T1, null],
      [null, null],
    ] as const) {
      expect(compareResultVersions(v('a', 'corrected', kept), v('w', 'entered-in-error', sent))).toEqual({
        kind: 'replaces',
      });
    }
    const late = compareResultVersions(v('a', 'final', T2), v('w', 'entered-in-error', T1));
    expect(late.kind === 'kept' && late.why).toContain(`newer (${T2}) than this one (${T1})`);
  });

  it('brings a withdrawn result back only with a version the sender made after withdrawing it', () => {
    expect(compareResultVersions(v('w', 'entered-in-error', T1), v('b', 'corrected', T2))).toEqual({
      kind: 'replaces',
    });
    for (const [kept, sent] of [
      [T2, T1],
      [T1, T1],
      [null, T2],
      [T1, null],
      [null, null],
    ] as const) {
      const verdict = compareResultVersions(v('w', 'entered-in-error', kept), v('b', 'corrected', sent));
      expect(verdict).toMatchObject({ kind: 'kept' });
    }
    const undated = compareResultVersions(v('w', 'entered-in-error', null), v('b', 'final', null));
    expect(undated.kind === 'kept' && undated.why).toBe(
      'the sender withdrew this result (entered-in-error); this final one, with no later time to show it is newer, is not recorded',
    );
  });
});
