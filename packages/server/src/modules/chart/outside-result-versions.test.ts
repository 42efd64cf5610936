import { describe, expect, it } from 'vitest';
import { compareResultVersions, type ResultVersion } from './outside-result-versions';

const v = (content: string, status: string, sentAt: string | null): ResultVersion => ({
  content,
  status,
  sentAt,
});
/** The verdict expected: the kept version stays (with a reason), or the one sent replaces it. */
const verdict = (kind: 'kept' | 'replaces') =>
  kind === 'kept' ? { kind, why: expect.any(String) } : { kind };
const T1 = '2024-05-02T08:00:00Z';
const T2 = '2024-05-02T09:30:00Z';

describe('which version of a result from another system is kept', () => {
  it('takes the same content as the same version, noting only a later time', () => {
    for (const [kept, sent, laterSentAt] of [
      [T1, T1, null],
      [T1, T2, T2],
      [null, T1, T1],
      [T2, T1, null],
      [T1, null, null],
    ] as const) {
      expect(compareResultVersions(v('a', 'final', kept), v('a', 'final', sent))).toEqual({
        kind: 'same',
        laterSentAt,
      });
    }
  });

  it('replaces the kept version by a later one, and never by an earlier one, whatever their statuses', () => {
    expect(compareResultVersions(v('a', 'final', T1), v('b', 'corrected', T2))).toEqual(verdict('replaces'));
    expect(compareResultVersions(v('a', 'corrected', T1), v('b', 'final', T2))).toEqual(verdict('replaces'));
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
      for (const [keptStatus, sentStatus, kind] of [
        ['final', 'amended', 'replaces'],
        ['final', 'final', 'replaces'],
        ['corrected', 'final', 'kept'],
        ['final', 'preliminary', 'kept'],
      ] as const) {
        expect(compareResultVersions(v('a', keptStatus, kept), v('b', sentStatus, sent))).toEqual(
          verdict(kind),
        );
      }
    }
    expect(compareResultVersions(v('a', 'preliminary', null), v('b', 'final', null))).toEqual(
      verdict('replaces'),
    );
  });

  it('takes a withdrawal (entered-in-error) unless the kept version is provably newer', () => {
    for (const [kept, sent] of [
      [T1, T2],
      [T1, T1],
      [null, T1],
      [T1, null],
      [null, null],
    ] as const) {
      expect(compareResultVersions(v('a', 'corrected', kept), v('w', 'entered-in-error', sent))).toEqual(
        verdict('replaces'),
      );
    }
    const late = compareResultVersions(v('a', 'final', T2), v('w', 'entered-in-error', T1));
    expect(late.kind === 'kept' && late.why).toContain(`newer (${T2}) than this one (${T1})`);
  });

  it('brings a withdrawn result back only with a version the sender made after withdrawing it', () => {
    expect(compareResultVersions(v('w', 'entered-in-error', T1), v('b', 'corrected', T2))).toEqual(
      verdict('replaces'),
    );
    for (const [kept, sent] of [
      [T2, T1],
      [T1, T1],
      [null, T2],
      [T1, null],
      [null, null],
    ] as const) {
      expect(compareResultVersions(v('w', 'entered-in-error', kept), v('b', 'corrected', sent))).toEqual(
        verdict('kept'),
      );
    }
    const undated = compareResultVersions(v('w', 'entered-in-error', null), v('b', 'final', null));
    expect(undated.kind === 'kept' && undated.why).toBe(
      'the sender withdrew this result (entered-in-error); this final one, with no later time to show it is newer, is not recorded',
    );
  });

  it('takes a cancellation as a withdrawal: it wins over any current status unless the kept version is provably newer', () => {
    for (const keptStatus of ['preliminary', 'final', 'amended', 'corrected'] as const) {
      for (const [kept, sent, kind] of [
        [T1, T2, 'replaces'],
        [T1, T1, 'replaces'],
        [null, T1, 'replaces'],
        [T1, null, 'replaces'],
        [null, null, 'replaces'],
        [T2, T1, 'kept'],
      ] as const) {
        expect(compareResultVersions(v('a', keptStatus, kept), v('c', 'cancelled', sent))).toEqual(
          verdict(kind),
        );
      }
    }
  });

  it('records an original arriving after its withdrawal (or cancellation) only when it is provably newer', () => {
    for (const withdrawn of ['entered-in-error', 'cancelled'] as const) {
      for (const [kept, sent, kind] of [
        [T2, T1, 'kept'],
        [T1, T1, 'kept'],
        [null, T1, 'kept'],
        [T1, null, 'kept'],
        [null, null, 'kept'],
        [T1, T2, 'replaces'],
      ] as const) {
        for (const status of ['preliminary', 'final', 'corrected'] as const) {
          expect(compareResultVersions(v('w', withdrawn, kept), v('a', status, sent))).toEqual(verdict(kind));
        }
      }
    }
    const cancelled = compareResultVersions(v('c', 'cancelled', null), v('a', 'final', null));
    expect(cancelled.kind === 'kept' && cancelled.why).toBe(
      'the sender cancelled this result (cancelled); this final one, with no later time to show it is newer, is not recorded',
    );
    const older = compareResultVersions(v('w', 'entered-in-error', T2), v('a', 'final', T1));
    expect(older.kind === 'kept' && older.why).toContain(`newer (${T2}) than this one (${T1})`);
  });

  it('between a cancellation and a withdrawal, without times that tell, keeps entered-in-error (known to be wrong)', () => {
    for (const [keptStatus, sentStatus, kind] of [
      ['entered-in-error', 'cancelled', 'kept'],
      ['cancelled', 'entered-in-error', 'replaces'],
    ] as const) {
      expect(compareResultVersions(v('a', keptStatus, null), v('b', sentStatus, null))).toEqual(
        verdict(kind),
      );
      expect(compareResultVersions(v('a', keptStatus, T1), v('b', sentStatus, T2))).toEqual(
        verdict('replaces'),
      );
    }
  });
});
