import type { Questionnaire, QuestionnaireItem, QuestionnaireResponse } from '@medplum/fhirtypes';
import { indexItems, type Answer } from '../questionnaire/answers';
import { enabledItems } from '../questionnaire/enable-when';
import { readLimits } from '../questionnaire/extensions';
import { responseFromAnswers } from '../questionnaire/build-response';

const DEFAULTS: Partial<Record<QuestionnaireItem['type'], (item: QuestionnaireItem) => Answer | null>> = {
  boolean: () => ({ valueBoolean: false }),
  integer: (item) => {
    const min = readLimits(item).min;
    return { valueInteger: typeof min === 'number' ? min : 0 };
  },
  decimal: () => ({ valueDecimal: 7 }),
  string: () => ({ valueString: 'Low back pain for three months' }),
  text: () => ({ valueString: 'Low back pain for three months' }),
  date: () => ({ valueDate: '2026-01-01' }),
  choice: (item) =>
    item.answerOption?.[0]?.valueCoding ? { valueCoding: item.answerOption[0].valueCoding } : null,
};

function defaultAnswer(item: QuestionnaireItem): Answer | null {
  return DEFAULTS[item.type]?.(item) ?? null;
}

/**
 * A valid response for tests: the given answers (by linkId), every other enabled required question
 * answered with a harmless default (booleans "no"), and answers to disabled items dropped.
 */
export function completeResponse(
  q: Questionnaire,
  given: Readonly<Record<string, Answer[]>>,
  meta: Partial<QuestionnaireResponse> = {},
): QuestionnaireResponse {
  const index = indexItems(q);
  let answers: Record<string, Answer[]> = { ...given };
  for (let round = 0; round < 10; round++) {
    const enabled = enabledItems(q, new Map(Object.entries(answers)), index);
    const next: Record<string, Answer[]> = {};
    for (const [linkId, item] of index.byLinkId) {
      if (!enabled.has(linkId)) continue;
      const chosen =
        answers[linkId] ??
        (item.required ? [defaultAnswer(item)].filter((a): a is Answer => a !== null) : []);
      if (chosen.length) next[linkId] = chosen;
    }
    if (JSON.stringify(next) === JSON.stringify(answers)) break;
    answers = next;
  }
  return responseFromAnswers(q, answers, meta);
}
