/** FHIR R4 enableWhen (plus our enable-when-sum extension): which items are asked, given the answers. */
import type { Questionnaire, QuestionnaireItem, QuestionnaireItemEnableWhen } from '@medplum/fhirtypes';
import { indexItems, sameCoding, scoreOf, type Answer, type AnswerIndex, type ItemIndex } from './answers';
import { readEnableWhenSum } from './extensions';

type Comparable = number | string | boolean;

function plainValue(
  a: Answer | QuestionnaireItemEnableWhen,
  prefix: 'value' | 'answer',
): Comparable | undefined {
  const r = a as Record<string, unknown>;
  for (const t of ['Integer', 'Decimal', 'Boolean', 'String', 'Date', 'DateTime', 'Time']) {
    const v = r[`${prefix}${t}`];
    if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  }
  return undefined;
}

function compare(op: string, actual: Comparable, expected: Comparable): boolean {
  switch (op) {
    case '=':
      return actual === expected;
    case '!=':
      return actual !== expected;
    default:
      if (typeof actual !== typeof expected || typeof actual === 'boolean') return false;
      if (op === '>') return actual > expected;
      if (op === '<') return actual < expected;
      if (op === '>=') return actual >= expected;
      return op === '<=' && actual <= expected;
  }
}

/** One enableWhen condition against the current answers of its question (R4 semantics). */
export function conditionHolds(cond: QuestionnaireItemEnableWhen, answers: readonly Answer[]): boolean {
  if (cond.operator === 'exists') return answers.length > 0 === (cond.answerBoolean ?? true);
  return answers.some((a) => {
    if (cond.answerCoding) {
      const same = sameCoding(a.valueCoding, cond.answerCoding);
      return cond.operator === '='
        ? same
        : cond.operator === '!='
          ? a.valueCoding !== undefined && !same
          : false;
    }
    const actual = plainValue(a, 'value');
    const expected = plainValue(cond, 'answer');
    return actual !== undefined && expected !== undefined && compare(cond.operator, actual, expected);
  });
}

/** Decides, for every item, whether it is enabled; disabled questions' answers count as none. */
export function enabledItems(
  q: Questionnaire,
  answers: AnswerIndex,
  index: ItemIndex = indexItems(q),
): Set<string> {
  const memo = new Map<string, boolean>();
  const visiting = new Set<string>();
  const effective = (linkId: string): readonly Answer[] =>
    isEnabled(linkId) ? (answers.get(linkId) ?? []) : [];
  const ownRule = (item: QuestionnaireItem): boolean => {
    const conds = item.enableWhen ?? [];
    const results = conds.map((c) => conditionHolds(c, effective(c.question)));
    const whenOk =
      !conds.length || (item.enableBehavior === 'any' ? results.some(Boolean) : results.every(Boolean));
    const sum = readEnableWhenSum(item);
    if (!whenOk || !sum) return whenOk;
    const total = sum.items.reduce(
      (acc, id) => acc + effective(id).reduce((s, a) => s + scoreOf(index.byLinkId.get(id), a), 0),
      0,
    );
    return total >= sum.minimum;
  };
  function isEnabled(linkId: string): boolean {
    const known = memo.get(linkId);
    if (known !== undefined) return known;
    const item = index.byLinkId.get(linkId);
    if (!item || visiting.has(linkId)) return false;
    visiting.add(linkId);
    const parent = index.parentOf.get(linkId);
    const result = (parent === undefined || isEnabled(parent)) && ownRule(item);
    visiting.delete(linkId);
    memo.set(linkId, result);
    return result;
  }
  return new Set([...index.byLinkId.keys()].filter(isEnabled));
}
