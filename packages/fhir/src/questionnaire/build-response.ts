/** Builds a QuestionnaireResponse shaped like its Questionnaire from answers by linkId. */
import type {
  Questionnaire,
  QuestionnaireItem,
  QuestionnaireResponse,
  QuestionnaireResponseItem,
} from '@medplum/fhirtypes';
import type { Answer } from './answers';

function build(
  items: readonly QuestionnaireItem[] | undefined,
  answers: Readonly<Record<string, Answer[]>>,
): QuestionnaireResponseItem[] {
  const out: QuestionnaireResponseItem[] = [];
  for (const item of items ?? []) {
    if (item.type === 'group') {
      const children = build(item.item, answers);
      if (children.length) out.push({ linkId: item.linkId, item: children });
    } else if (answers[item.linkId]?.length) {
      out.push({ linkId: item.linkId, answer: answers[item.linkId] });
    }
  }
  return out;
}

/** Nests answers under their groups in questionnaire order, so clients and tests need not know the tree. */
export function responseFromAnswers(
  q: Questionnaire,
  answers: Readonly<Record<string, Answer[]>>,
  meta: Partial<QuestionnaireResponse> = {},
): QuestionnaireResponse {
  return {
    resourceType: 'QuestionnaireResponse',
    questionnaire: q.url,
    status: 'completed',
    ...meta,
    item: build(q.item, answers),
  };
}
