import { describe, expect, it } from 'vitest';
import {
  changedRow,
  documentedRegions,
  rowFieldOf,
  rowsOf,
  summaryOf,
  toBody,
  unconfirmedCopies,
} from './exam-rows';

const exam = rowsOf([
  {
    region: 'lumbar',
    tenderness: true,
    asymmetry: false,
    restriction: true,
    tissueTexture: false,
    severity: 'moderate',
    segment: 'L4 FRrSr',
  },
]);

describe('exam rows', () => {
  it('sends only documented regions, leaving empty optional fields out', () => {
    const rows = { ...exam, cervical: { ...exam.cervical, comment: '  stiff  ' } };
    expect(toBody(rows)).toEqual([
      {
        region: 'cervical',
        tenderness: false,
        asymmetry: false,
        restriction: false,
        tissueTexture: false,
        comment: 'stiff',
      },
      {
        region: 'lumbar',
        tenderness: true,
        asymmetry: false,
        restriction: true,
        tissueTexture: false,
        severity: 'moderate',
        segment: 'L4 FRrSr',
      },
    ]);
  });

  it('maps a server field such as regions.1.segment back to the region sent at that index', () => {
    const sent = documentedRegions({ ...exam, head: { ...exam.head, severity: 'mild' } });
    expect(sent).toEqual(['head', 'lumbar']);
    expect(rowFieldOf('regions.1.segment', sent)).toEqual({ region: 'lumbar', key: 'segment' });
    expect(rowFieldOf('regions.5.segment', sent)).toBeNull();
    expect(rowFieldOf('pregnancyWeeks', sent)).toBeNull();
  });

  it('summarises a region in words for the body map', () => {
    expect(summaryOf(exam.lumbar)).toBe('findings: tenderness, restriction; moderate; L4 FRrSr');
    expect(summaryOf(exam.head)).toBe('no TART findings');
  });
});

describe('rows copied from the last visit', () => {
  const copied = rowsOf([
    {
      region: 'sacral',
      tenderness: true,
      asymmetry: false,
      restriction: true,
      tissueTexture: false,
      copiedFrom: '2026-05-18',
      copyConfirmed: false,
    },
  ]);

  it('keep their mark in the body until confirmed or edited', () => {
    expect(toBody(copied)).toEqual([
      expect.objectContaining({ region: 'sacral', copiedFrom: '2026-05-18', copyConfirmed: false }),
    ]);
    expect(unconfirmedCopies(copied)).toEqual(['sacral']);
  });

  it('confirming keeps the mark and counts as re-examined', () => {
    const row = changedRow(copied.sacral, { copyConfirmed: true });
    expect(row).toMatchObject({ copiedFrom: '2026-05-18', copyConfirmed: true });
    expect(unconfirmedCopies({ ...copied, sacral: row })).toEqual([]);
  });

  it.each([
    ['a finding', { asymmetry: true }],
    ['the severity', { severity: 'mild' as const }],
    ['the segment', { segment: 'S1' }],
    ['the comment', { comment: 'less tender' }],
  ])('editing %s drops the mark: examined at this visit', (_what, patch) => {
    const row = changedRow(copied.sacral, patch);
    expect(row).toMatchObject({ ...patch, copiedFrom: '', copyConfirmed: false });
    expect(toBody({ ...copied, sacral: row })[0]).not.toHaveProperty('copiedFrom');
  });
});
