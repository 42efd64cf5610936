/**
 * A pure validator: a QuestionnaireResponse against its Questionnaire (no I/O). It checks structure,
 * enableWhen and our enable-when-sum extension, required items, answer types, answer options,
 * repeats and min/max; disabled items must carry no answers.
 */
import type {
  Questionnaire,
  QuestionnaireItem,
  QuestionnaireResponse,
  QuestionnaireResponseItem,
} from '@medplum/fhirtypes';
import { indexAnswers, indexItems, type Answer } from './answers';
import { answerKey, checkAnswer } from './answer-rules';
import { enabledItems } from './enable-when';

export interface ResponseError {
  linkId: string;
  message: string;
}

function checkStructure(
  qItems: readonly QuestionnaireItem[] | undefined,
  rItems: readonly QuestionnaireResponseItem[] | undefined,
  errors: ResponseError[],
): void {
  const seen = new Set<string>();
  for (const r of rItems ?? []) {
    const q = qItems?.find((i) => i.linkId === r.linkId);
    if (!q) errors.push({ linkId: r.linkId, message: 'is not a question of this questionnaire (here)' });
    else if (seen.has(r.linkId)) errors.push({ linkId: r.linkId, message: 'appears twice' });
    else if (q.type === 'group' && r.answer?.length)
      errors.push({ linkId: r.linkId, message: 'is a group and takes no answer' });
    else if (q.type !== 'group' && r.item?.length)
      errors.push({ linkId: r.linkId, message: 'is a question and holds no items' });
    else checkStructure(q.item, r.item, errors);
    seen.add(r.linkId);
  }
}

function checkItem(item: QuestionnaireItem, answers: readonly Answer[]): string | null {
  if (item.type === 'group' || item.type === 'display') return null;
  if (answers.length === 0) return item.required ? 'an answer is required' : null;
  if (!item.repeats && answers.length > 1) return 'takes only one answer';
  const keys = answers.map(answerKey);
  if (new Set(keys).size !== keys.length) return 'has the same answer twice';
  for (const a of answers) {
    const problem = checkAnswer(item, a);
    if (problem) return problem;
  }
  return null;
}

/** The canonical a response names to say which version it answered: `url|version`, or the url alone. */
export function questionnaireCanonical(q: Questionnaire): string | undefined {
  return q.url && q.version ? `${q.url}|${q.version}` : q.url;
}

/** Lists every rule the response breaks, by linkId, in questionnaire order; empty when valid. */
export function validateQuestionnaireResponse(q: Questionnaire, qr: QuestionnaireResponse): ResponseError[] {
  const errors: ResponseError[] = [];
  // The url alone, or with the current version; answers to another version are refused, not misread.
  if (q.url && qr.questionnaire !== q.url && qr.questionnaire !== questionnaireCanonical(q)) {
    const current = q.version ? ` or ${questionnaireCanonical(q)} (the current version)` : '';
    errors.push({ linkId: 'questionnaire', message: `must be ${q.url}${current}` });
  }
  checkStructure(q.item, qr.item, errors);
  const index = indexItems(q);
  const answers = indexAnswers(qr);
  const enabled = enabledItems(q, answers, index);
  for (const [linkId, item] of index.byLinkId) {
    const given = answers.get(linkId) ?? [];
    if (!enabled.has(linkId)) {
      if (given.length)
        errors.push({ linkId, message: 'is not asked with these answers, so it must have no answer' });
      continue;
    }
    const problem = checkItem(item, given);
    if (problem) errors.push({ linkId, message: problem });
  }
  return errors;
}
