/**
 * Every intake question names the clinical-reference row its text or rule comes from, the row exists in
 * docs/clinical-reference.md, and nothing the patient reads carries a development note.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { QuestionnaireItem } from '@medplum/fhirtypes';
import { developmentNotesIn, parseClinicalReference, rowIdsIn } from '@omt/domain';
import { ITEM_SOURCE_URL } from './items';
import { intakeQuestionnaire } from './questionnaire';

const markdown = readFileSync(
  fileURLToPath(new URL('../../../../docs/clinical-reference.md', import.meta.url)),
  'utf8',
);
const rowIds = new Set(parseClinicalReference(markdown).rows.map((r) => r.id));

function questions(items: QuestionnaireItem[] | undefined): QuestionnaireItem[] {
  return (items ?? []).flatMap((i) => [
    ...(i.type === 'group' || i.type === 'display' ? [] : [i]),
    ...questions(i.item),
  ]);
}

const PATIENTS = [
  ['man of 42', { ageYears: 42, sex: 'male' }],
  ['woman of 32', { ageYears: 32, sex: 'female' }],
  ['girl of 12', { ageYears: 12, sex: 'female' }],
  ['boy of 8', { ageYears: 8, sex: 'male' }],
  ['infant of 10 weeks', { ageYears: 0.2, sex: 'male' }],
] as const;

describe.each(PATIENTS)('the intake of a %s', (_name, patient) => {
  const q = intakeQuestionnaire(patient);

  it('cites an existing clinical-reference row on every question', () => {
    const asked = questions(q.item);
    expect(asked.length).toBeGreaterThan(3);
    for (const item of asked) {
      const source = item.extension?.find((e) => e.url === ITEM_SOURCE_URL)?.valueString ?? '';
      const ids = rowIdsIn(source);
      expect(ids.length, `${item.linkId} cites no row`).toBeGreaterThan(0);
      for (const id of ids) expect(rowIds.has(id), `${item.linkId}: dangling ${id}`).toBe(true);
    }
  });

  it('shows no development notes', () => {
    expect(developmentNotesIn(JSON.stringify(q))).toEqual([]);
  });
});
