import { describe, expect, it } from 'vitest';
import { checkTechniqueSafety } from './check-technique-safety';
import type { PatientFactors } from './patient-factors';
import { TECHNIQUE_IDS } from './technique-ids';

const pregnant = (weeks: number | undefined): PatientFactors =>
  ({
    ageDays: 30 * 365,
    pregnant: true,
    ...(weeks === undefined ? {} : { pregnancyWeeks: weeks }),
    conditions: [],
  }) as unknown as PatientFactors;

const messages = (weeks: number | undefined, technique = 'hvla' as const, region = 'lumbar' as const) =>
  checkTechniqueSafety(technique, region, pregnant(weeks)).reasons.map((r) => r.message);

/** clinical-reference CR-POP-1 to CR-POP-3: one position rule for pregnancy, whatever rule says it. */
describe('the pregnancy cautions agree on positioning', () => {
  it.each([20, 32, undefined])(
    'at %s weeks no caution sends her onto her back; each names side-lying',
    (weeks) => {
      const said = messages(weeks);
      expect(said.length).toBeGreaterThanOrEqual(2);
      for (const m of said.filter((m) => /pregnan/i.test(m))) {
        expect(m).not.toMatch(/usually supine|supine or side-lying/i);
        expect(m).toMatch(/side-lying/);
      }
    },
  );

  it('before 20 weeks only the HVLA caution applies, and no other technique gets a positioning caution', () => {
    expect(messages(12)).toHaveLength(1);
    for (const t of TECHNIQUE_IDS.filter((t) => t !== 'hvla'))
      expect(checkTechniqueSafety(t, 'thoracic', pregnant(12)).verdict).toBe('allowed');
  });
});
