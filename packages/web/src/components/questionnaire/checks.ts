/** Client-side checks that mirror the server validator (packages/fhir), worded the same way. */
import type { QuestionnaireItem } from '@omt/contracts';
import type { Raw } from './answers';
import { ENGLISH_FORM_WORDS, fillWords, type FormWords } from './form-words';

const MIN_VALUE_URL = 'http://hl7.org/fhir/StructureDefinition/minValue';
const MAX_VALUE_URL = 'http://hl7.org/fhir/StructureDefinition/maxValue';

/** The minValue/maxValue limits of a number or date item. */
export function limitsOf(item: QuestionnaireItem): { min?: number | string; max?: number | string } {
  const value = (url: string) => {
    const e = item.extension?.find((x) => x.url === url);
    return e?.valueInteger ?? e?.valueDecimal ?? e?.valueDate;
  };
  const min = value(MIN_VALUE_URL);
  const max = value(MAX_VALUE_URL);
  return { ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) };
}

function isEmpty(raw: Raw | undefined): boolean {
  return (
    raw === undefined ||
    (Array.isArray(raw) ? raw.length === 0 : typeof raw === 'string' && raw.trim() === '')
  );
}

function checkNumber(item: QuestionnaireItem, text: string, w: FormWords): string | null {
  const n = Number(text);
  if (item.type === 'integer' && !Number.isInteger(n)) return w.wholeNumber;
  if (!Number.isFinite(n)) return w.number;
  const { min, max } = limitsOf(item);
  if (typeof min === 'number' && n < min) return fillWords(w.atLeast, { min });
  if (typeof max === 'number' && n > max) return fillWords(w.atMost, { max });
  return null;
}

/** The rule an enabled item's raw value breaks, or null. */
export function checkItem(
  item: QuestionnaireItem,
  raw: Raw | undefined,
  w: FormWords = ENGLISH_FORM_WORDS,
): string | null {
  if (item.type === 'group' || item.type === 'display') return null;
  if (isEmpty(raw)) return item.required ? w.required : null;
  if (typeof raw !== 'string') return null;
  if (item.type === 'integer' || item.type === 'decimal') return checkNumber(item, raw.trim(), w);
  if (item.maxLength !== undefined && raw.trim().length > item.maxLength)
    return fillWords(w.atMostChars, { max: item.maxLength });
  return null;
}
