import { describe, expect, it } from 'vitest';
import { treatmentReviewStates, treatmentsUnderReview, type TreatmentReview } from './treatment-review';

const lumbar = { id: 't1', flagsKnown: ['fever'] };

describe('a treatment recorded before a red flag arrived waits for the physician', () => {
  it.each<[string, { id: string }[], TreatmentReview[], string[]]>([
    ['no new flag: not under review', [{ id: 'fever' }], [], []],
    [
      'a flag raised after it: under review',
      [{ id: 'fever' }, { id: 'saddle_numbness' }],
      [],
      ['saddle_numbness'],
    ],
    [
      'confirmed with that flag known: settled',
      [{ id: 'fever' }, { id: 'saddle_numbness' }],
      [{ treatmentId: 't1', decision: 'confirmed', flags: ['fever', 'saddle_numbness'] }],
      [],
    ],
    [
      'withdrawn: settled too',
      [{ id: 'saddle_numbness' }],
      [{ treatmentId: 't1', decision: 'withdrawn', flags: ['saddle_numbness'] }],
      [],
    ],
    [
      'yet another flag after the decision: under review again',
      [{ id: 'saddle_numbness' }, { id: 'weight_loss' }],
      [{ treatmentId: 't1', decision: 'confirmed', flags: ['saddle_numbness'] }],
      ['weight_loss'],
    ],
    [
      "another treatment's decision does not count",
      [{ id: 'saddle_numbness' }],
      [{ treatmentId: 't2', decision: 'confirmed', flags: ['saddle_numbness'] }],
      ['saddle_numbness'],
    ],
  ])('%s', (_name, flags, reviews, newFlags) => {
    const open = treatmentsUnderReview(flags, [lumbar], reviews);
    expect(open.flatMap((s) => s.newFlags)).toEqual(newFlags);
  });

  it('a treatment recorded before flags were tracked is not put under review', () => {
    expect(treatmentsUnderReview([{ id: 'fever' }], [{ id: 't0', flagsKnown: null }], [])).toEqual([]);
  });

  it('the latest decision wins', () => {
    const [state] = treatmentReviewStates(
      [{ id: 'fever' }],
      [{ id: 't1', flagsKnown: [] }],
      [
        { treatmentId: 't1', decision: 'confirmed', flags: ['fever'] },
        { treatmentId: 't1', decision: 'withdrawn', flags: ['fever'] },
      ],
    );
    expect(state?.decision).toBe('withdrawn');
  });
});
