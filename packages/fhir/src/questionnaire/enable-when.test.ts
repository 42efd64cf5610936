import { describe, expect, it } from 'vitest';
import type { Questionnaire, QuestionnaireItemEnableWhen } from '@medplum/fhirtypes';
import type { Answer } from './answers';
import { conditionHolds, enabledItems } from './enable-when';
import { enableWhenSumExtension, ORDINAL_VALUE_URL } from './extensions';

const coding = (code: string) => ({ system: 's', code });
const when = (
  operator: QuestionnaireItemEnableWhen['operator'],
  answer: Partial<QuestionnaireItemEnableWhen>,
): QuestionnaireItemEnableWhen => ({
  question: 'q',
  operator,
  ...answer,
});

describe('conditionHolds (FHIR R4 Questionnaire.item.enableWhen operators)', () => {
  it.each<[string, QuestionnaireItemEnableWhen, Answer[], boolean]>([
    ['= coding matches', when('=', { answerCoding: coding('a') }), [{ valueCoding: coding('a') }], true],
    [
      '= coding matches one of several answers',
      when('=', { answerCoding: coding('b') }),
      [{ valueCoding: coding('a') }, { valueCoding: coding('b') }],
      true,
    ],
    ['= coding differs', when('=', { answerCoding: coding('a') }), [{ valueCoding: coding('b') }], false],
    [
      '= coding with another system differs',
      when('=', { answerCoding: coding('a') }),
      [{ valueCoding: { system: 'other', code: 'a' } }],
      false,
    ],
    ['!= coding differs', when('!=', { answerCoding: coding('a') }), [{ valueCoding: coding('b') }], true],
    ['!= coding equal', when('!=', { answerCoding: coding('a') }), [{ valueCoding: coding('a') }], false],
    ['= integer', when('=', { answerInteger: 3 }), [{ valueInteger: 3 }], true],
    ['!= integer', when('!=', { answerInteger: 3 }), [{ valueInteger: 4 }], true],
    ['> integer true', when('>', { answerInteger: 3 }), [{ valueInteger: 4 }], true],
    ['> integer false at equal', when('>', { answerInteger: 3 }), [{ valueInteger: 3 }], false],
    ['< integer', when('<', { answerInteger: 3 }), [{ valueInteger: 2 }], true],
    ['>= integer at equal', when('>=', { answerInteger: 3 }), [{ valueInteger: 3 }], true],
    ['<= integer above', when('<=', { answerInteger: 3 }), [{ valueInteger: 4 }], false],
    ['= boolean true', when('=', { answerBoolean: true }), [{ valueBoolean: true }], true],
    ['= boolean false vs true', when('=', { answerBoolean: true }), [{ valueBoolean: false }], false],
    ['!= boolean', when('!=', { answerBoolean: true }), [{ valueBoolean: false }], true],
    ['> boolean is never true', when('>', { answerBoolean: false }), [{ valueBoolean: true }], false],
    ['exists true with an answer', when('exists', { answerBoolean: true }), [{ valueInteger: 0 }], true],
    ['exists true without answer', when('exists', { answerBoolean: true }), [], false],
    ['exists false without answer', when('exists', { answerBoolean: false }), [], true],
    ['= with no answer is false', when('=', { answerInteger: 0 }), [], false],
    ['!= with no answer is false (R4: needs an answer)', when('!=', { answerInteger: 0 }), [], false],
  ])('%s', (_name, cond, answers, expected) => {
    expect(conditionHolds(cond, answers)).toBe(expected);
  });
});

const q: Questionnaire = {
  resourceType: 'Questionnaire',
  status: 'active',
  item: [
    { linkId: 'a', type: 'boolean' },
    { linkId: 'n', type: 'integer' },
    {
      linkId: 'all',
      type: 'string',
      enableWhen: [
        { question: 'a', operator: '=', answerBoolean: true },
        { question: 'n', operator: '>=', answerInteger: 5 },
      ],
    },
    {
      linkId: 'any',
      type: 'string',
      enableBehavior: 'any',
      enableWhen: [
        { question: 'a', operator: '=', answerBoolean: true },
        { question: 'n', operator: '>=', answerInteger: 5 },
      ],
    },
    {
      linkId: 'g',
      type: 'group',
      enableWhen: [{ question: 'a', operator: '=', answerBoolean: true }],
      item: [{ linkId: 'g.child', type: 'boolean' }],
    },
    {
      linkId: 'chain',
      type: 'string',
      enableWhen: [{ question: 'g.child', operator: '=', answerBoolean: true }],
    },
    {
      linkId: 'c',
      type: 'choice',
      answerOption: [0, 1, 2, 3].map((n) => ({
        valueCoding: { code: String(n) },
        extension: [{ url: ORDINAL_VALUE_URL, valueDecimal: n }],
      })),
    },
    { linkId: 'sum', type: 'string', extension: [enableWhenSumExtension({ items: ['c', 'n'], minimum: 6 })] },
  ],
};

describe('enabledItems: enableBehavior, nesting and the enable-when-sum extension', () => {
  it.each<[string, Record<string, Answer[]>, string[]]>([
    ['nothing answered', {}, ['a', 'n', 'c']],
    [
      'all needs both conditions; any needs one',
      { a: [{ valueBoolean: true }], n: [{ valueInteger: 1 }] },
      ['a', 'n', 'any', 'g', 'g.child', 'c'],
    ],
    [
      'both conditions hold',
      { a: [{ valueBoolean: true }], n: [{ valueInteger: 5 }] },
      ['a', 'n', 'all', 'any', 'g', 'g.child', 'c'],
    ],
    [
      'a child of a disabled group is disabled, and so is what depends on it',
      { a: [{ valueBoolean: false }], 'g.child': [{ valueBoolean: true }] },
      ['a', 'n', 'c'],
    ],
    [
      'enabled chain through a group',
      { a: [{ valueBoolean: true }], 'g.child': [{ valueBoolean: true }] },
      ['a', 'n', 'any', 'g', 'g.child', 'chain', 'c'],
    ],
    [
      'sum 3 (ordinal) + 2 = 5 is below 6',
      { c: [{ valueCoding: { code: '3' } }], n: [{ valueInteger: 2 }] },
      ['a', 'n', 'c'],
    ],
    [
      'sum 3 (ordinal) + 3 = 6 reaches 6',
      { c: [{ valueCoding: { code: '3' } }], n: [{ valueInteger: 3 }] },
      ['a', 'n', 'c', 'sum'],
    ],
  ])('%s', (_name, answers, expected) => {
    const enabled = enabledItems(q, new Map(Object.entries(answers)));
    expect([...enabled].sort()).toEqual([...expected].sort());
  });
});
