import { describe, expect, it } from 'vitest';
import { omtHoldStatus, type RedFlagReview } from './red-flag-review';

const flags = [{ id: 'cauda_equina' }, { id: 'possible_fracture' }];

describe('OMT hold until each red flag is acknowledged (clinical-reference CR-LBP, CR-NECK, CR-SNOOP rows)', () => {
  it.each<[string, RedFlagReview[], boolean, string[]]>([
    ['no review yet: hold, both pending', [], true, ['cauda_equina', 'possible_fracture']],
    [
      'one cleared, one pending: hold',
      [{ flagId: 'cauda_equina', decision: 'cleared_for_omt' }],
      true,
      ['possible_fracture'],
    ],
    [
      'both cleared: no hold',
      [
        { flagId: 'cauda_equina', decision: 'cleared_for_omt' },
        { flagId: 'possible_fracture', decision: 'cleared_for_omt' },
      ],
      false,
      [],
    ],
    [
      'imaging ordered keeps the hold',
      [
        { flagId: 'cauda_equina', decision: 'cleared_for_omt' },
        { flagId: 'possible_fracture', decision: 'imaging_ordered' },
      ],
      true,
      [],
    ],
    [
      'the latest review wins',
      [
        { flagId: 'cauda_equina', decision: 'omt_deferred' },
        { flagId: 'cauda_equina', decision: 'cleared_for_omt' },
        { flagId: 'possible_fracture', decision: 'cleared_for_omt' },
      ],
      false,
      [],
    ],
  ])('%s', (_name, reviews, onHold, unreviewed) => {
    const status = omtHoldStatus(flags, reviews);
    expect(status.onHold).toBe(onHold);
    expect(status.unreviewed).toEqual(unreviewed);
  });

  it('no flags, no hold', () => {
    expect(omtHoldStatus([], []).onHold).toBe(false);
  });

  it('lists the decisions that hold', () => {
    const s = omtHoldStatus(flags, [
      { flagId: 'cauda_equina', decision: 'referred_emergency' },
      { flagId: 'possible_fracture', decision: 'cleared_for_omt' },
    ]);
    expect(s.holding).toEqual([{ flagId: 'cauda_equina', decision: 'referred_emergency' }]);
  });
});
