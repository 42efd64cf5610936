/**
 * enableWhen and our enable-when-sum extension in the browser. It mirrors packages/fhir
 * (questionnaire/enable-when.ts), which the server validator uses; the web may not import it.
 */
import type {
  Coding,
  EnableWhen,
  Questionnaire,
  QuestionnaireAnswer,
  QuestionnaireItem,
} from '@omt/contracts';

export const ENABLE_WHEN_SUM_URL = 'https://omt-clinic.org/fhir/StructureDefinition/enable-when-sum';
const ORDINAL_VALUE_URL = 'http://hl7.org/fhir/StructureDefinition/ordinalValue';

export type Answers = Readonly<Record<string, QuestionnaireAnswer[]>>;

/** Every item by linkId with its parent, in questionnaire order. */
export function flatten(q: Questionnaire): { item: QuestionnaireItem; parent: string | undefined }[] {
  const out: { item: QuestionnaireItem; parent: string | undefined }[] = [];
  const walk = (items: QuestionnaireItem[] | undefined, parent?: string) =>
    items?.forEach((item) => {
      out.push({ item, parent });
      walk(item.item, item.linkId);
    });
  walk(q.item);
  return out;
}

const sameCoding = (a?: Coding, b?: Coding) =>
  !!a && !!b && a.code === b.code && (!a.system || !b.system || a.system === b.system);

function scoreOf(item: QuestionnaireItem | undefined, a: QuestionnaireAnswer): number {
  if (typeof a.valueInteger === 'number') return a.valueInteger;
  if (typeof a.valueDecimal === 'number') return a.valueDecimal;
  const option = item?.answerOption?.find((o) => sameCoding(o.valueCoding, a.valueCoding));
  return option?.extension?.find((e) => e.url === ORDINAL_VALUE_URL)?.valueDecimal ?? 0;
}

function holds(c: EnableWhen, answers: readonly QuestionnaireAnswer[]): boolean {
  if (c.operator === 'exists') return answers.length > 0 === (c.answerBoolean ?? true);
  return answers.some((a) => {
    if (c.answerCoding) {
      const same = sameCoding(a.valueCoding, c.answerCoding);
      return c.operator === '=' ? same : c.operator === '!=' && !!a.valueCoding && !same;
    }
    const actual = a.valueInteger ?? a.valueDecimal ?? a.valueBoolean ?? a.valueString ?? a.valueDate;
    const expected = c.answerInteger ?? c.answerDecimal ?? c.answerBoolean ?? c.answerString ?? c.answerDate;
    if (actual === undefined || expected === undefined) return false;
    if (c.operator === '=') return actual === expected;
    if (c.operator === '!=') return actual !== expected;
    if (typeof actual !== typeof expected || typeof actual === 'boolean') return false;
    return c.operator === '>'
      ? actual > expected
      : c.operator === '<'
        ? actual < expected
        : c.operator === '>='
          ? actual >= expected
          : actual <= expected;
  });
}

/** The linkIds currently asked: parents enabled, enableWhen met, sum extension reached. */
export function enabledLinkIds(q: Questionnaire, answers: Answers): Set<string> {
  const all = flatten(q);
  const byId = new Map(all.map((e) => [e.item.linkId, e]));
  const memo = new Map<string, boolean>();
  const given = (id: string) => (isEnabled(id) ? (answers[id] ?? []) : []);
  function isEnabled(id: string): boolean {
    if (memo.has(id)) return memo.get(id) ?? false;
    memo.set(id, false);
    const entry = byId.get(id);
    if (!entry) return false;
    const { item, parent } = entry;
    const results = (item.enableWhen ?? []).map((c) => holds(c, given(c.question)));
    let ok =
      (parent === undefined || isEnabled(parent)) &&
      (!results.length || (item.enableBehavior === 'any' ? results.some(Boolean) : results.every(Boolean)));
    const sum = item.extension?.find((e) => e.url === ENABLE_WHEN_SUM_URL)?.extension;
    if (ok && sum) {
      const ids = sum.filter((e) => e.url === 'item').map((e) => e.valueString ?? '');
      const min = sum.find((e) => e.url === 'minimum');
      const total = ids.reduce(
        (acc, q2) => acc + given(q2).reduce((s, a) => s + scoreOf(byId.get(q2)?.item, a), 0),
        0,
      );
      ok = total >= (min?.valueDecimal ?? min?.valueInteger ?? 0);
    }
    memo.set(id, ok);
    return ok;
  }
  return new Set(all.map((e) => e.item.linkId).filter(isEnabled));
}
