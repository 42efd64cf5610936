/** Small builders for Questionnaire items, so the sections read as data. */
import type {
  Coding,
  QuestionnaireItem,
  QuestionnaireItemAnswerOption,
  QuestionnaireItemEnableWhen,
} from '@medplum/fhirtypes';
import { ITEM_LANGUAGE_URL, type IntakeChoice, type IntakeLanguage } from '@omt/domain';
import { ORDINAL_VALUE_URL } from '../questionnaire/extensions';
import { INTAKE_CODE_SYSTEM } from './link-ids';

/** Our own extension on an item: where its text or rule comes from (valueString), e.g. `cite('CR-SCORE-1')`: "Clinical reference CR-SCORE-1 — …". */
export const ITEM_SOURCE_URL = 'https://omt-clinic.org/fhir/StructureDefinition/item-source';

/** A required question; `source` names where its text or rule comes from. */
export function question(
  linkId: string,
  text: string,
  type: QuestionnaireItem['type'],
  extra: Partial<QuestionnaireItem> & { source?: string } = {},
): QuestionnaireItem {
  const { source, ...rest } = extra;
  const sourceExt = source ? [{ url: ITEM_SOURCE_URL, valueString: source }] : [];
  const extension = [...sourceExt, ...(rest.extension ?? [])];
  return { linkId, text, type, required: true, ...rest, ...(extension.length ? { extension } : {}) };
}

/** A group of items, shown as a fieldset with the text as its legend. */
export function group(
  linkId: string,
  text: string,
  item: QuestionnaireItem[],
  extra: Partial<QuestionnaireItem> = {},
): QuestionnaireItem {
  return { linkId, text, type: 'group', item, ...extra };
}

/** Answer options from domain choices, coded in our intake code system. */
export function options(
  choices: readonly IntakeChoice[],
  lang: IntakeLanguage,
  system = INTAKE_CODE_SYSTEM,
): QuestionnaireItemAnswerOption[] {
  return choices.map((c) => ({
    valueCoding: { system, code: c.code, display: lang === 'es' ? c.es : c.display },
  }));
}

/** Marks a validated instrument's group (PHQ, PEG) as worded in English, in every language of the intake. */
export const VALIDATED_ENGLISH = { extension: [{ url: ITEM_LANGUAGE_URL, valueCode: 'en' }] };

/** Answer options that carry a score (ordinalValue), e.g. the PHQ answers. */
export function scoredOptions(
  choices: readonly { coding: Coding; score: number }[],
): QuestionnaireItemAnswerOption[] {
  return choices.map((c) => ({
    valueCoding: c.coding,
    extension: [{ url: ORDINAL_VALUE_URL, valueDecimal: c.score }],
  }));
}

/** enableWhen "this boolean question was answered yes". */
export function whenYes(linkId: string): QuestionnaireItemEnableWhen {
  return { question: linkId, operator: '=', answerBoolean: true };
}
