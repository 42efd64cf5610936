import { describe, expect, it } from 'vitest';
import { INFANT_RED_FLAG_QUESTIONS, INFANT_RED_FLAG_RULES, screenInfantRedFlags } from './infant-red-flags';

const ctx = { ageYears: 0.2 };

describe('infant red flags (clinical-reference CR-INFANT-1 to CR-INFANT-4)', () => {
  // prettier-ignore
  it.each<[string, Record<string, boolean>, string[]]>([
    ['no answers: no flag', {}, []],
    ['all "no": no flag', { fever: false, unwell: false, stiff_or_weak: false, injury: false, tb_exposure: false }, []],
    ['CR-INFANT-1: fever', { fever: true }, ['infant_fever']],
    ['CR-INFANT-2: sleepy, floppy, vomiting or not feeding', { unwell: true }, ['infant_unwell']],
    ['CR-INFANT-2: stiff neck or weak limb', { stiff_or_weak: true }, ['infant_neuro']],
    ['CR-INFANT-3: injury', { injury: true }, ['infant_injury']],
    ['CR-INFANT-4: TB exposure', { tb_exposure: true }, ['infant_tb_exposure']],
    ['fever and injury: both', { fever: true, injury: true }, ['infant_fever', 'infant_injury']],
  ])('%s', (_name, answers, ids) => {
    const flags = screenInfantRedFlags(answers, ctx);
    expect(flags.map((f) => f.id)).toEqual(ids);
    expect(flags.every((f) => f.action === 'omt_hold')).toBe(true);
  });

  it('every question is asked of the parent about the baby and cites its row', () => {
    for (const q of INFANT_RED_FLAG_QUESTIONS) {
      expect(q.text).toMatch(/your baby/);
      expect(q.source).toMatch(/CR-INFANT-\d/);
    }
    for (const r of INFANT_RED_FLAG_RULES) expect(r.source).toMatch(/CR-INFANT-\d/);
  });
});
