/** What the person typed or chose, turned into FHIR answers and a QuestionnaireResponse. */
import type {
  Questionnaire,
  QuestionnaireAnswer,
  QuestionnaireItem,
  QuestionnaireResponse,
  QuestionnaireResponseItem,
} from '@omt/contracts';
import type { Answers } from './enable-when';

/** Raw form state per linkId: text for inputs, codes for choices, true/false for yes-no. */
export type Raw = string | string[] | boolean;
export type RawValues = Readonly<Record<string, Raw>>;

/** The answers one raw value makes (none when empty or not a valid number). */
export function toAnswers(item: QuestionnaireItem, raw: Raw | undefined): QuestionnaireAnswer[] {
  if (raw === undefined) return [];
  if (typeof raw === 'boolean') return item.type === 'boolean' ? [{ valueBoolean: raw }] : [];
  if (Array.isArray(raw)) {
    return raw.flatMap((code) => {
      const coding = item.answerOption?.find((o) => o.valueCoding?.code === code)?.valueCoding;
      return coding ? [{ valueCoding: coding }] : [];
    });
  }
  const text = raw.trim();
  if (text === '') return [];
  const n = Number(text);
  if (item.type === 'integer') return Number.isInteger(n) ? [{ valueInteger: n }] : [];
  if (item.type === 'decimal') return Number.isFinite(n) ? [{ valueDecimal: n }] : [];
  if (item.type === 'date') return [{ valueDate: text }];
  return [{ valueString: text }];
}

/** Answers of every item from the raw form state. */
export function answersOf(items: readonly QuestionnaireItem[], raw: RawValues): Answers {
  return Object.fromEntries(items.map((i) => [i.linkId, toAnswers(i, raw[i.linkId])]));
}

function build(
  items: QuestionnaireItem[] | undefined,
  answers: Answers,
  enabled: Set<string>,
): QuestionnaireResponseItem[] {
  return (items ?? []).flatMap((item): QuestionnaireResponseItem[] => {
    if (!enabled.has(item.linkId)) return [];
    if (item.type === 'group') {
      const children = build(item.item, answers, enabled);
      return children.length ? [{ linkId: item.linkId, item: children }] : [];
    }
    const given = answers[item.linkId] ?? [];
    return given.length ? [{ linkId: item.linkId, answer: given }] : [];
  });
}

/** The QuestionnaireResponse to send: hidden (disabled) items are left out. */
export function toResponse(q: Questionnaire, answers: Answers, enabled: Set<string>): QuestionnaireResponse {
  return {
    resourceType: 'QuestionnaireResponse',
    questionnaire: q.url,
    status: 'completed',
    item: build(q.item, answers, enabled),
  };
}
