import { describe, expect, it } from 'vitest';
import { documentedRegions, rowFieldOf, rowsOf, summaryOf, toBody } from './exam-rows';

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
