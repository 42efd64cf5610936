import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { QuestionnaireItem } from '@medplum/fhirtypes';
import { intakeQuestionnaire } from './questionnaire';
import { INTAKE_QUESTIONNAIRE_VERSION } from './link-ids';

/** Patients on each side of every section boundary (infant, child, PHQ, PEG, pregnancy). */
const PROFILES = [
  { ageYears: 0.2, sex: 'male' },
  { ageYears: 1.9, sex: 'female' },
  { ageYears: 5, sex: 'male' },
  { ageYears: 13, sex: 'female' },
  { ageYears: 17, sex: 'male' },
  { ageYears: 32, sex: 'female' },
  { ageYears: 42, sex: 'male' },
  { ageYears: 60, sex: 'female' },
];

/** What a stored answer means depends on: which items are asked, their type, options and conditions (not wording). */
function shape(items: QuestionnaireItem[] | undefined): unknown[] {
  return (items ?? []).map((i) => ({
    linkId: i.linkId,
    type: i.type,
    required: i.required ?? false,
    repeats: i.repeats ?? false,
    options: (i.answerOption ?? []).map(
      (o) => o.valueCoding?.code ?? o.valueString ?? o.valueInteger ?? null,
    ),
    enableWhen: i.enableWhen ?? [],
    item: shape(i.item),
  }));
}

function structureFingerprint(): string {
  const all = PROFILES.map((p) => shape(intakeQuestionnaire(p).item));
  return createHash('sha256').update(JSON.stringify(all)).digest('hex').slice(0, 16);
}

/**
 * The structure each published version has. Version 2 asked every patient the back, neck and headache screens;
 * version 3 asks a baby's parent the infant red flags instead; version 4 adds medicines, allergies and past health
 * (optional) for the chart. A changed structure gets the next version and
 * its fingerprint here; an older version's intakes stay stored as they were answered.
 */
const PUBLISHED: Readonly<Record<string, string>> = {
  '3': '6505dc875ca5156e',
  '4': 'aefd9c695c96ba42',
};

describe('the intake Questionnaire version', () => {
  it('names the structure as built: a changed questionnaire carries a new version', () => {
    expect(
      PUBLISHED[INTAKE_QUESTIONNAIRE_VERSION],
      `the questionnaire's items changed: bump INTAKE_QUESTIONNAIRE_VERSION and record ${structureFingerprint()} for it`,
    ).toBe(structureFingerprint());
  });

  it('every published version has its own structure', () => {
    const prints = Object.values(PUBLISHED);
    expect(new Set(prints).size).toBe(prints.length);
  });
});
