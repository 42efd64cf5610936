import { describe, expect, it } from 'vitest';
import { isAnticoagulationCheckCurrent, type AnticoagulationLevelCheck } from './anticoagulation-check';
import { checkTechniqueSafety } from './check-technique-safety';
import { emptyPatientFactors } from './patient-factors';

const TODAY = '2026-03-20';
const inRange = (date: string, inr: number | null = null): AnticoagulationLevelCheck => ({
  date,
  inr,
  inRange: true,
});

describe('isAnticoagulationCheckCurrent: recent (≤ 7 days) and in range, else not checked', () => {
  // prettier-ignore
  it.each<[string, AnticoagulationLevelCheck | null, boolean]>([
    ['no check recorded', null, false],
    ['in range today', inRange('2026-03-20'), true],
    ['in range 7 days ago (last day that counts)', inRange('2026-03-13'), true],
    ['in range 8 days ago: too old', inRange('2026-03-12'), false],
    ['dated after today: not a real check', inRange('2026-03-21'), false],
    ['out of range yesterday', { date: '2026-03-19', inr: null, inRange: false }, false],
    ['INR 2.5 yesterday', inRange('2026-03-19', 2.5), true],
    ['INR 2.0 and 3.0 are the range bounds', inRange('2026-03-19', 2.0), true],
    ['INR 3.0 upper bound', inRange('2026-03-19', 3.0), true],
    ['INR 3.4 counts as out of range whatever the record says', inRange('2026-03-19', 3.4), false],
    ['INR 1.6 counts as out of range', inRange('2026-03-19', 1.6), false],
    ['malformed date', inRange('not-a-date'), false],
  ])('%s', (_name, check, current) => {
    expect(isAnticoagulationCheckCurrent(check, TODAY)).toBe(current);
  });
});

describe('anticoagulation rows follow the check', () => {
  const factors = (checked: boolean) => ({
    ...emptyPatientFactors(40 * 365),
    anticoagulated: true,
    anticoagulationLevelCheckedRecently: checked,
  });
  // prettier-ignore
  it.each<[string, 'muscle_energy' | 'soft_tissue' | 'hvla' | 'counterstrain', 'lumbar' | 'cervical', boolean, string, string]>([
    ['muscle energy, checked: relative row → caution', 'muscle_energy', 'lumbar', true, 'caution', 'direct_anticoagulation_checked'],
    ['soft tissue, checked: relative row → caution', 'soft_tissue', 'cervical', true, 'caution', 'direct_anticoagulation_checked'],
    ['muscle energy, not checked: safer rule → blocked', 'muscle_energy', 'lumbar', false, 'blocked', 'direct_anticoagulation_unchecked'],
    ['lumbar HVLA, checked: relative → caution', 'hvla', 'lumbar', true, 'caution', 'hvla_anticoagulation_other'],
    ['cervical HVLA, checked: still absolute → blocked', 'hvla', 'cervical', true, 'blocked', 'hvla_anticoagulation_cervical'],
  ])('%s', (_name, technique, region, checked, verdict, ruleId) => {
    const result = checkTechniqueSafety(technique, region, factors(checked));
    expect(result.verdict).toBe(verdict);
    expect(result.reasons.map((r) => r.ruleId)).toContain(ruleId);
  });

  it('counterstrain (indirect) is not touched by the direct rows', () => {
    expect(checkTechniqueSafety('counterstrain', 'lumbar', factors(false)).verdict).toBe('allowed');
  });
});
