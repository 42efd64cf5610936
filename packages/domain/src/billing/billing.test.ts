import { describe, expect, it } from 'vitest';
import { centsFromDollars, formatUsd } from './money';
import { feeOn, type FeeEntry } from './fee-lookup';
import { superbillLines } from './superbill-lines';
import { FEE_CODES, isFeeCode } from './fee-codes';

describe('dollars typed by the admin → cents', () => {
  it.each([
    ['85', { cents: 8500 }],
    ['85.5', { cents: 8550 }],
    ['85.50', { cents: 8550 }],
    [' $1,200.00 ', { cents: 120000 }],
    ['0', { cents: 0 }],
    ['0.07', { cents: 7 }],
    ['99999.99', { cents: 9999999 }],
    ['100000', { problem: 'too_large' }],
    ['85.505', { problem: 'decimals' }],
    ['-5', { problem: 'negative' }],
    ['-0.01', { problem: 'negative' }],
    ['', { problem: 'format' }],
    ['abc', { problem: 'format' }],
    ['85,50', { problem: 'format' }],
    ['1e3', { problem: 'format' }],
    ['.5', { problem: 'format' }],
  ] as const)('%j → %j', (input, expected) => {
    expect(centsFromDollars(input)).toEqual(expected);
  });

  it.each([
    [0, '$0.00'],
    [7, '$0.07'],
    [8550, '$85.50'],
    [123456789, '$1,234,567.89'],
  ])('formats %i cents as %s', (cents, text) => {
    expect(formatUsd(cents)).toBe(text);
  });
});

describe('the fee effective on a date of service', () => {
  const fees: FeeEntry[] = [
    { code: '98925', amountCents: 6000, effectiveFrom: '2026-01-01', seq: 1 },
    { code: '98925', amountCents: 7000, effectiveFrom: '2026-06-01', seq: 2 },
    { code: '98925', amountCents: 7500, effectiveFrom: '2026-06-01', seq: 3 },
    { code: '98925', amountCents: 9000, effectiveFrom: '2026-12-01', seq: 4 },
    { code: '98926', amountCents: 8000, effectiveFrom: '2026-03-01', seq: 5 },
  ];
  it.each([
    ['98925', '2025-12-31', null],
    ['98925', '2026-01-01', 6000],
    ['98925', '2026-05-31', 6000],
    ['98925', '2026-06-01', 7500], // two fees from one day: the later-recorded
    ['98925', '2026-11-30', 7500],
    ['98925', '2026-12-01', 9000],
    ['98926', '2026-02-28', null],
    ['98926', '2027-01-01', 8000],
    ['98927', '2027-01-01', null],
  ] as const)('%s on %s → %j', (code, date, cents) => {
    expect(feeOn(fees, code, date)?.amountCents ?? null).toBe(cents);
  });
  it('does not depend on the order the history is given in', () => {
    expect(feeOn([...fees].reverse(), '98925', '2026-06-15')?.amountCents).toBe(7500);
  });
});

describe('superbill lines', () => {
  const diagnoses = [
    { icd10: 'M99.03', title: 'Segmental and somatic dysfunction of lumbar region' },
    { icd10: 'M99.04', title: 'Segmental and somatic dysfunction of sacral region' },
  ];
  const fees: FeeEntry[] = [
    { code: '98925', amountCents: 6500, effectiveFrom: '2026-01-01', seq: 1 },
    { code: '99213', amountCents: 11000, effectiveFrom: '2026-01-01', seq: 2 },
  ];

  it('an OMT visit: one line with its diagnoses, units and fee; the total is the fee', () => {
    const bill = superbillLines({ cpt: '98925', diagnoses, emModifier25: false }, fees, '2026-11-30');
    expect(bill).toEqual({
      lines: [
        {
          code: '98925',
          modifier: null,
          description: 'OMT, 1–2 body regions',
          icd10: ['M99.03', 'M99.04'],
          units: 1,
          feeCents: 6500,
          status: 'priced',
        },
      ],
      totalCents: 6500,
      complete: true,
    });
  });

  it('a missing fee is flagged and left out of the total', () => {
    const bill = superbillLines({ cpt: '98926', diagnoses, emModifier25: false }, fees, '2026-11-30');
    expect(bill.lines[0]).toMatchObject({ code: '98926', feeCents: null, status: 'fee_not_set' });
    expect(bill).toMatchObject({ totalCents: 0, complete: false });
  });

  it('a fee effective only after the date of service does not apply', () => {
    const bill = superbillLines({ cpt: '98925', diagnoses, emModifier25: false }, fees, '2025-12-31');
    expect(bill.lines[0]?.status).toBe('fee_not_set');
  });

  it('E/M with modifier 25 named by code comes first and adds to the total', () => {
    const bill = superbillLines(
      { cpt: '98925', diagnoses, emModifier25: true, emCode: '99213' },
      fees,
      '2026-11-30',
    );
    expect(bill.lines.map((l) => [l.code, l.modifier, l.feeCents])).toEqual([
      ['99213', '25', 11000],
      ['98925', null, 6500],
    ]);
    expect(bill).toMatchObject({ totalCents: 17500, complete: true });
  });

  it('an E/M code the fee schedule does not list is still billed with modifier 25, described and without a fee', () => {
    const bill = superbillLines(
      { cpt: '98925', diagnoses, emModifier25: true, emCode: '99211' },
      fees,
      '2026-11-30',
    );
    expect(bill.lines[0]).toMatchObject({
      code: '99211',
      modifier: '25',
      description: 'E/M service, separately identifiable',
      status: 'fee_not_set',
      feeCents: null,
    });
    expect(bill).toMatchObject({ totalCents: 6500, complete: false });
  });

  it('E/M with modifier 25 whose level the note does not name is listed without a fee', () => {
    const bill = superbillLines({ cpt: '98925', diagnoses, emModifier25: true }, fees, '2026-11-30');
    expect(bill.lines[0]).toMatchObject({
      code: null,
      modifier: '25',
      status: 'level_not_coded',
      feeCents: null,
    });
    expect(bill).toMatchObject({ totalCents: 6500, complete: false });
  });

  it('nothing billable: no lines, a zero total', () => {
    expect(superbillLines({ cpt: null, diagnoses: [], emModifier25: false }, fees, '2026-11-30')).toEqual({
      lines: [],
      totalCents: 0,
      complete: true,
    });
  });

  it('knows the OMT and office E/M codes only', () => {
    expect(FEE_CODES).toHaveLength(13);
    expect(isFeeCode('98929')).toBe(true);
    expect(isFeeCode('97140')).toBe(false);
  });
});
