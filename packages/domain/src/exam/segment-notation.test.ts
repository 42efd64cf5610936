import { describe, it, expect } from 'vitest';
import { parseSegmentNotation, formatSegmentNotation } from './segment-notation';

describe('parseSegmentNotation — position + freer motion notation (clinical-reference CR-EXAM-2)', () => {
  it.each([
    [
      'L4 FRrSr',
      'L4 FRrSr',
      { segment: 'L4', region: 'lumbar', sagittal: 'flexed', rotation: 'right', sidebending: 'right' },
    ],
    [
      'T6 ERlSl',
      'T6 ERlSl',
      { segment: 'T6', region: 'thoracic', sagittal: 'extended', rotation: 'left', sidebending: 'left' },
    ],
    [
      'C2 NSlRr (sidebending first)',
      'C2 NSlRr',
      { segment: 'C2', region: 'cervical', sagittal: 'neutral', rotation: 'right', sidebending: 'left' },
    ],
    [
      'OA ESrRl',
      'OA ESrRl',
      {
        segment: 'OA',
        level: null,
        region: 'cervical',
        sagittal: 'extended',
        rotation: 'left',
        sidebending: 'right',
      },
    ],
    ['AA rotation only', 'AA Rl', { segment: 'AA', sagittal: null, rotation: 'left', sidebending: null }],
    [
      'lower-case segment and spaced motion',
      ' t12  N Sr Rl ',
      { segment: 'T12', level: 12, sagittal: 'neutral', rotation: 'left', sidebending: 'right' },
    ],
    ['C7 upper bound', 'C7 FRlSl', { segment: 'C7', level: 7 }],
    ['L1 lower bound', 'L1 ERrSr', { segment: 'L1', level: 1, region: 'lumbar' }],
  ] as const)('%s', (_name, input, expected) => {
    const result = parseSegmentNotation(input);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value).toMatchObject(expected);
  });

  it.each([
    ['empty string', '   ', /empty/],
    ['unknown segment', 'X4 FRrSr', /segment 'X4'/],
    ['C8 out of range', 'C8 FRrSr', /C1–C7/],
    ['T13 out of range', 'T13 ERlSl', /T1–T12/],
    ['L6 out of range', 'L6 NRlSr', /L1–L5/],
    ['L0 out of range', 'L0 NRlSr', /L1–L5/],
    ['missing motion', 'L4', /missing/],
    ['rotation twice', 'L4 FRrRl', /rotation twice/],
    ['sidebending twice', 'L4 FSrSl', /sidebending twice/],
    ['unknown sagittal letter', 'L4 XRrSr', /F, E or N/],
    ['missing side', 'L4 FRSr', /F, E or N/],
    ['AA with sidebending', 'AA ERlSr', /rotation only/],
  ])('rejects %s', (_name, input, message) => {
    const result = parseSegmentNotation(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it.each(['L4 FRrSr', 'T6 ERlSl', 'C2 NRrSl', 'OA ERlSr', 'AA Rr'])('round-trips canonical %s', (input) => {
    const result = parseSegmentNotation(input);
    if (!result.ok) throw new Error(result.message);
    expect(formatSegmentNotation(result.value)).toBe(input);
  });
});
