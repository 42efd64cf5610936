/** The rules one answer must meet for its item: value type, answer options and limits. */
import type { QuestionnaireItem } from '@medplum/fhirtypes';
import { sameCoding, valueKeys, type Answer } from './answers';
import { readLimits } from './extensions';

/** The answer value[x] each supported item type takes. */
export const VALUE_KEY_OF_TYPE: Partial<Record<QuestionnaireItem['type'], string>> = {
  boolean: 'valueBoolean',
  decimal: 'valueDecimal',
  integer: 'valueInteger',
  date: 'valueDate',
  string: 'valueString',
  text: 'valueString',
  choice: 'valueCoding',
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function checkRange(item: QuestionnaireItem, value: number | string): string | null {
  const { min, max } = readLimits(item);
  if (min !== undefined && value < min) return `must be at least ${String(min)}`;
  if (max !== undefined && value > max) return `must be at most ${String(max)}`;
  return null;
}

function checkText(item: QuestionnaireItem, a: Answer): string | null {
  const text = (a.valueString ?? '').trim();
  if (text === '') return 'must not be blank';
  if (item.maxLength !== undefined && text.length > item.maxLength)
    return `must be at most ${item.maxLength} characters`;
  return null;
}

/** Value checks per item type, after the value[x] itself is known to be the right one. */
const CHECK_VALUE: Partial<
  Record<QuestionnaireItem['type'], (item: QuestionnaireItem, a: Answer) => string | null>
> = {
  integer: (item, a) =>
    Number.isInteger(a.valueInteger) ? checkRange(item, a.valueInteger as number) : 'must be a whole number',
  decimal: (item, a) =>
    typeof a.valueDecimal === 'number' && Number.isFinite(a.valueDecimal)
      ? checkRange(item, a.valueDecimal)
      : 'must be a number',
  date: (item, a) =>
    ISO_DATE.test(a.valueDate ?? '') && !Number.isNaN(Date.parse(a.valueDate ?? ''))
      ? checkRange(item, a.valueDate as string)
      : 'must be a date (YYYY-MM-DD)',
  string: checkText,
  text: checkText,
  choice: (item, a) =>
    item.answerOption?.some((o) => sameCoding(o.valueCoding, a.valueCoding))
      ? null
      : `"${a.valueCoding?.code ?? ''}" is not one of the answer options`,
};

/** Checks one answer against its item; returns the broken rule, or null when the answer is fine. */
export function checkAnswer(item: QuestionnaireItem, a: Answer): string | null {
  const expected = VALUE_KEY_OF_TYPE[item.type];
  if (!expected) return `items of type ${item.type} take no answer`;
  const keys = valueKeys(a);
  if (keys.length !== 1 || keys[0] !== expected) return `answer must be a ${expected}`;
  if (a.item?.length) return 'answers must not carry nested items';
  return CHECK_VALUE[item.type]?.(item, a) ?? null;
}

/** A stable key for an answer, to spot the same answer given twice. */
export function answerKey(a: Answer): string {
  return JSON.stringify(a.valueCoding ? { c: a.valueCoding.code, s: a.valueCoding.system } : a);
}
