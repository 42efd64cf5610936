/**
 * A clinic's licensed instrument (ODI, NDI, HIT-6) uploaded as a FHIR R4 Questionnaire: checked as FHIR by Medplum's
 * validator, then against the structure the measure's scorer needs (domain `licensedStructureProblem`).
 */
import type { Questionnaire, QuestionnaireItem } from '@medplum/fhirtypes';
import { licensedStructureProblem, type LicensedMeasureCode } from '@omt/domain';
import { ordinalOf } from './extensions';
import { firstFhirProblem } from './fhir-validator';

const SCORED_TYPES = new Set(['choice', 'coding', 'open-choice']);

export interface LicensedOption {
  code: string;
  display: string;
  score: number;
}

export interface LicensedItem {
  linkId: string;
  text: string;
  options: LicensedOption[];
}

export type LicensedCheck =
  | { ok: true; questionnaire: Questionnaire; items: LicensedItem[] }
  | { ok: false; item: string | null; message: string };

/** The scored items in document order (groups walked, display items skipped). */
function scoredItems(items: readonly QuestionnaireItem[] | undefined): QuestionnaireItem[] {
  return (items ?? []).flatMap((item) =>
    SCORED_TYPES.has(item.type) ? [item] : item.type === 'group' ? scoredItems(item.item) : [],
  );
}

function optionScore(option: NonNullable<QuestionnaireItem['answerOption']>[number]): number | null {
  return ordinalOf(option) ?? option.valueInteger ?? null;
}

/** The measure's items with their text and scored options, read from a Questionnaire that passed the check. */
export function licensedItems(questionnaire: Questionnaire): LicensedItem[] {
  return scoredItems(questionnaire.item).map((item) => ({
    linkId: item.linkId,
    text: item.text ?? '',
    options: (item.answerOption ?? []).map((option) => ({
      code: option.valueCoding?.code ?? String(option.valueInteger ?? option.valueString ?? ''),
      display: option.valueCoding?.display ?? option.valueString ?? String(option.valueInteger ?? ''),
      score: optionScore(option) ?? 0,
    })),
  }));
}

/** Checks an upload: a JSON object that is a valid FHIR R4 Questionnaire shaped as the measure's scorer needs. */
export function checkLicensedQuestionnaire(measure: LicensedMeasureCode, upload: unknown): LicensedCheck {
  if (typeof upload !== 'object' || upload === null || Array.isArray(upload)) {
    return { ok: false, item: null, message: 'the file must hold one JSON object, a FHIR Questionnaire' };
  }
  const resource = upload as { resourceType?: unknown };
  if (resource.resourceType !== 'Questionnaire') {
    return {
      ok: false,
      item: null,
      message: `resourceType must be "Questionnaire", the file has ${JSON.stringify(resource.resourceType ?? null)}`,
    };
  }
  const questionnaire = upload as Questionnaire;
  const fhir = firstFhirProblem(questionnaire);
  if (fhir) {
    return {
      ok: false,
      item: fhir.path,
      message: `not valid FHIR R4${fhir.path ? ` at ${fhir.path}` : ''}: ${fhir.message}`,
    };
  }
  const items = scoredItems(questionnaire.item);
  const problem = licensedStructureProblem(
    measure,
    items.map((item) => ({ linkId: item.linkId, optionScores: (item.answerOption ?? []).map(optionScore) })),
  );
  if (problem) return { ok: false, item: problem.item, message: problem.message };
  return { ok: true, questionnaire, items: licensedItems(questionnaire) };
}
