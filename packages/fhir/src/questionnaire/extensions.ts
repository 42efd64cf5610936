/** The Questionnaire extensions this project reads and writes, with helpers to read them. */
import type { Extension, QuestionnaireItem, QuestionnaireItemAnswerOption } from '@medplum/fhirtypes';

export const MIN_VALUE_URL = 'http://hl7.org/fhir/StructureDefinition/minValue';
export const MAX_VALUE_URL = 'http://hl7.org/fhir/StructureDefinition/maxValue';
/** R4 core: the numeric score of an answer option (e.g. PHQ "Several days" = 1). */
export const ORDINAL_VALUE_URL = 'http://hl7.org/fhir/StructureDefinition/ordinalValue';

/**
 * Our own extension, because enableWhen cannot sum: the item is enabled only when the scores of the
 * listed items add up to at least `minimum` (and its enableWhen, if any, also holds).
 *
 *   { url: ENABLE_WHEN_SUM_URL, extension: [
 *       { url: 'item', valueString: '<linkId>' },   // one per summed item, repeats
 *       { url: 'minimum', valueDecimal: 3 } ] }
 *
 * An item's score is its integer/decimal answer, or the ordinalValue of the chosen answerOption.
 * Unanswered or disabled items count 0. Honoured by the web renderer and the server validator.
 */
export const ENABLE_WHEN_SUM_URL = 'https://omt-clinic.org/fhir/StructureDefinition/enable-when-sum';

export interface EnableWhenSum {
  items: string[];
  minimum: number;
}

/** Builds the enable-when-sum extension so the rule sits in the Questionnaire, not in code. */
export function enableWhenSumExtension(rule: EnableWhenSum): Extension {
  return {
    url: ENABLE_WHEN_SUM_URL,
    extension: [
      ...rule.items.map((linkId) => ({ url: 'item', valueString: linkId })),
      { url: 'minimum', valueDecimal: rule.minimum },
    ],
  };
}

/** Reads the enable-when-sum rule of an item, if it has one. */
export function readEnableWhenSum(item: QuestionnaireItem): EnableWhenSum | null {
  const ext = item.extension?.find((e) => e.url === ENABLE_WHEN_SUM_URL);
  if (!ext) return null;
  const parts = ext.extension ?? [];
  const items = parts.filter((p) => p.url === 'item').map((p) => p.valueString ?? '');
  const min = parts.find((p) => p.url === 'minimum');
  return { items, minimum: min?.valueDecimal ?? min?.valueInteger ?? 0 };
}

function numberOf(ext: Extension | undefined): number | string | undefined {
  return ext?.valueInteger ?? ext?.valueDecimal ?? ext?.valueDate;
}

/** The minValue/maxValue limits of an item (numbers for integer/decimal, ISO dates for date). */
export function readLimits(item: QuestionnaireItem): { min?: number | string; max?: number | string } {
  const min = numberOf(item.extension?.find((e) => e.url === MIN_VALUE_URL));
  const max = numberOf(item.extension?.find((e) => e.url === MAX_VALUE_URL));
  return { ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) };
}

/** The score of an answer option, from its ordinalValue extension. */
export function ordinalOf(option: QuestionnaireItemAnswerOption): number | undefined {
  return option.extension?.find((e) => e.url === ORDINAL_VALUE_URL)?.valueDecimal;
}

/** minValue/maxValue extensions for an integer item. */
export function integerRange(min: number, max: number): Extension[] {
  return [
    { url: MIN_VALUE_URL, valueInteger: min },
    { url: MAX_VALUE_URL, valueInteger: max },
  ];
}

/** minValue/maxValue extensions for a decimal item. */
export function decimalRange(min: number, max: number): Extension[] {
  return [
    { url: MIN_VALUE_URL, valueDecimal: min },
    { url: MAX_VALUE_URL, valueDecimal: max },
  ];
}
