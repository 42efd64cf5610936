/**
 * No development notes in front of clinicians or patients: every text the domain exports (rule messages,
 * sources, intake wording, scoring, aftercare, check-in triage, red flags) and the texts its rules build.
 */
import { describe, expect, it } from 'vitest';
import * as domain from './index';
import {
  CHECKIN_SYMPTOMS,
  checkTechniqueSafety,
  developmentNotesIn,
  REGION_IDS,
  SAFETY_RULES,
  TECHNIQUE_IDS,
  triageCheckIn,
  type PatientFactors,
} from './index';
import { collectStrings } from './clinical-reference/collect-strings';

const EXPORTED_TEXTS = Object.entries(domain).flatMap(([name, value]) => collectStrings(value, name, name));

describe('texts shown to people carry no development notes', () => {
  it('the check catches the words it is for', () => {
    for (const bad of [
      'UNCONFIRMED',
      'source not confirmed',
      'see product.md',
      'threshold chosen here',
      'omt-reference §3.3',
      'a design recommendation',
      'TODO',
      'HVLA – general [T12]',
    ])
      expect(developmentNotesIn(bad), bad).not.toEqual([]);
    expect(developmentNotesIn('Clinical reference CR-HVLA-3 — StatPearls, 2023 — expert consensus')).toEqual(
      [],
    );
  });

  it('collects the exported texts', () => {
    expect(EXPORTED_TEXTS.length).toBeGreaterThan(1000);
  });

  it.each(EXPORTED_TEXTS.map((t) => [t.path, t.value] as const))('%s', (_path, text) => {
    expect(developmentNotesIn(text)).toEqual([]);
  });

  it('safety verdicts for patients with every factor', () => {
    const patient = {
      ageDays: 30 * 365,
      pregnant: true,
      osteoporosis: true,
      anticoagulated: true,
      malignancy: true,
      infection: true,
      conditions: [],
    } as unknown as PatientFactors;
    for (const t of TECHNIQUE_IDS)
      for (const r of REGION_IDS) {
        const result = checkTechniqueSafety(t, r, patient);
        for (const reason of result.reasons)
          expect(developmentNotesIn(`${reason.message} ${reason.source}`)).toEqual([]);
      }
    expect(SAFETY_RULES.length).toBeGreaterThan(100);
  });

  it('check-in triage reasons', () => {
    const result = triageCheckIn({
      soreness: 9,
      daysSore: 5,
      newSymptoms: CHECKIN_SYMPTOMS.map((s) => s.id),
    });
    expect(result.reasons.length).toBeGreaterThan(2);
    for (const reason of result.reasons) expect(developmentNotesIn(reason)).toEqual([]);
  });
});
