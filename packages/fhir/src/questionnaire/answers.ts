/** Indexes of a Questionnaire's items and of a QuestionnaireResponse's answers, by linkId. */
import type {
  Coding,
  Questionnaire,
  QuestionnaireItem,
  QuestionnaireResponse,
  QuestionnaireResponseItem,
  QuestionnaireResponseItemAnswer,
} from '@medplum/fhirtypes';
import { ordinalOf } from './extensions';

export type Answer = QuestionnaireResponseItemAnswer;
export type AnswerIndex = ReadonlyMap<string, readonly Answer[]>;

export interface ItemIndex {
  byLinkId: ReadonlyMap<string, QuestionnaireItem>;
  parentOf: ReadonlyMap<string, string>;
}

/** Every item of a Questionnaire by linkId, with its parent group, so rules can look items up. */
export function indexItems(q: Questionnaire): ItemIndex {
  const byLinkId = new Map<string, QuestionnaireItem>();
  const parentOf = new Map<string, string>();
  const walk = (items: readonly QuestionnaireItem[] | undefined, parent?: string): void => {
    for (const item of items ?? []) {
      byLinkId.set(item.linkId, item);
      if (parent) parentOf.set(item.linkId, parent);
      walk(item.item, item.linkId);
    }
  };
  walk(q.item);
  return { byLinkId, parentOf };
}

/** Every answer of a QuestionnaireResponse by linkId, wherever the item sits. */
export function indexAnswers(qr: Pick<QuestionnaireResponse, 'item'>): Map<string, Answer[]> {
  const out = new Map<string, Answer[]>();
  const walk = (items: readonly QuestionnaireResponseItem[] | undefined): void => {
    for (const item of items ?? []) {
      if (item.answer?.length) out.set(item.linkId, [...(out.get(item.linkId) ?? []), ...item.answer]);
      walk(item.item);
    }
  };
  walk(qr.item);
  return out;
}

/** The value[x] names an answer carries (a valid answer carries exactly one). */
export function valueKeys(a: Answer): string[] {
  return Object.keys(a).filter((k) => k.startsWith('value'));
}

/** Whether two codings name the same concept (same code; same system when both say one). */
export function sameCoding(a: Coding | undefined, b: Coding | undefined): boolean {
  if (!a || !b || a.code !== b.code) return false;
  return !a.system || !b.system || a.system === b.system;
}

/** The score of an answer: its number, or the ordinalValue of the chosen option (0 when none). */
export function scoreOf(item: QuestionnaireItem | undefined, a: Answer): number {
  if (typeof a.valueInteger === 'number') return a.valueInteger;
  if (typeof a.valueDecimal === 'number') return a.valueDecimal;
  if (a.valueCoding) {
    const option = item?.answerOption?.find((o) => sameCoding(o.valueCoding, a.valueCoding));
    return option ? (ordinalOf(option) ?? 0) : 0;
  }
  return 0;
}
