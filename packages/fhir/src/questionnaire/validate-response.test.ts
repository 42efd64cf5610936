import { describe, expect, it } from 'vitest';
import type { Questionnaire, QuestionnaireResponse, QuestionnaireResponseItem } from '@medplum/fhirtypes';
import { decimalRange, enableWhenSumExtension, integerRange, ORDINAL_VALUE_URL } from './extensions';
import { questionnaireCanonical, validateQuestionnaireResponse } from './validate-response';

const URL = 'https://example.org/Questionnaire/t';
const q: Questionnaire = {
  resourceType: 'Questionnaire',
  status: 'active',
  url: URL,
  item: [
    { linkId: 'name', type: 'string', required: true, maxLength: 10 },
    { linkId: 'note', type: 'text' },
    { linkId: 'age', type: 'integer', required: true, extension: integerRange(0, 120) },
    { linkId: 'hours', type: 'decimal', extension: decimalRange(0, 24) },
    {
      linkId: 'born',
      type: 'date',
      extension: [{ url: 'http://hl7.org/fhir/StructureDefinition/minValue', valueDate: '1900-01-01' }],
    },
    { linkId: 'ok', type: 'boolean', required: true },
    {
      linkId: 'where',
      type: 'choice',
      repeats: true,
      answerOption: [
        { valueCoding: { system: 's', code: 'x' } },
        { valueCoding: { system: 's', code: 'y' } },
      ],
    },
    {
      linkId: 'g',
      type: 'group',
      enableWhen: [{ question: 'where', operator: '=', answerCoding: { system: 's', code: 'x' } }],
      item: [{ linkId: 'g.q', type: 'boolean', required: true }],
    },
    {
      linkId: 'mood',
      type: 'choice',
      answerOption: [0, 1, 2, 3].map((n) => ({
        valueCoding: { system: 'm', code: String(n) },
        extension: [{ url: ORDINAL_VALUE_URL, valueDecimal: n }],
      })),
    },
    {
      linkId: 'more',
      type: 'integer',
      required: true,
      extension: [enableWhenSumExtension({ items: ['mood'], minimum: 2 })],
    },
  ],
};

const base: Record<string, QuestionnaireResponseItem> = {
  name: { linkId: 'name', answer: [{ valueString: 'Alex' }] },
  age: { linkId: 'age', answer: [{ valueInteger: 42 }] },
  ok: { linkId: 'ok', answer: [{ valueBoolean: true }] },
};

function response(
  change: Record<string, QuestionnaireResponseItem | null> = {},
  extra: QuestionnaireResponseItem[] = [],
): QuestionnaireResponse {
  const merged = { ...base, ...change };
  const item = Object.values(merged).filter((i): i is QuestionnaireResponseItem => i !== null);
  return {
    resourceType: 'QuestionnaireResponse',
    status: 'completed',
    questionnaire: URL,
    item: [...item, ...extra],
  };
}
const ans = (linkId: string, ...answer: object[]): QuestionnaireResponseItem => ({ linkId, answer });

describe('validateQuestionnaireResponse', () => {
  it('accepts a complete, valid response', () => {
    expect(validateQuestionnaireResponse(q, response())).toEqual([]);
  });

  it.each<[string, QuestionnaireResponse, { linkId: string; message: string }]>([
    ['required item missing', response({ age: null }), { linkId: 'age', message: 'an answer is required' }],
    [
      'blank string',
      response({ name: ans('name', { valueString: '  ' }) }),
      { linkId: 'name', message: 'must not be blank' },
    ],
    [
      'string longer than maxLength',
      response({ name: ans('name', { valueString: 'A'.repeat(11) }) }),
      { linkId: 'name', message: 'must be at most 10 characters' },
    ],
    [
      'integer given as a string',
      response({ age: ans('age', { valueString: '42' }) }),
      { linkId: 'age', message: 'answer must be a valueInteger' },
    ],
    [
      'integer with a fraction',
      response({ age: ans('age', { valueInteger: 4.5 }) }),
      { linkId: 'age', message: 'must be a whole number' },
    ],
    [
      'integer above maxValue',
      response({ age: ans('age', { valueInteger: 121 }) }),
      { linkId: 'age', message: 'must be at most 120' },
    ],
    [
      'integer below minValue',
      response({ age: ans('age', { valueInteger: -1 }) }),
      { linkId: 'age', message: 'must be at least 0' },
    ],
    [
      'decimal above maxValue',
      response({}, [ans('hours', { valueDecimal: 24.5 })]),
      { linkId: 'hours', message: 'must be at most 24' },
    ],
    [
      'decimal as an integer',
      response({}, [ans('hours', { valueInteger: 7 })]),
      { linkId: 'hours', message: 'answer must be a valueDecimal' },
    ],
    [
      'date in the wrong form',
      response({}, [ans('born', { valueDate: '01/02/1990' })]),
      { linkId: 'born', message: 'must be a date (YYYY-MM-DD)' },
    ],
    [
      'date before minValue',
      response({}, [ans('born', { valueDate: '1899-12-31' })]),
      { linkId: 'born', message: 'must be at least 1900-01-01' },
    ],
    [
      'boolean as a string',
      response({ ok: ans('ok', { valueString: 'yes' }) }),
      { linkId: 'ok', message: 'answer must be a valueBoolean' },
    ],
    [
      'two value[x] in one answer',
      response({ ok: ans('ok', { valueBoolean: true, valueString: 'x' }) }),
      { linkId: 'ok', message: 'answer must be a valueBoolean' },
    ],
    [
      'two answers to a non-repeating item',
      response({ ok: ans('ok', { valueBoolean: true }, { valueBoolean: false }) }),
      { linkId: 'ok', message: 'takes only one answer' },
    ],
    [
      'choice outside the answer options',
      response({}, [ans('where', { valueCoding: { system: 's', code: 'z' } })]),
      { linkId: 'where', message: '"z" is not one of the answer options' },
    ],
    [
      'choice with the wrong system',
      response({}, [ans('where', { valueCoding: { system: 'other', code: 'x' } })]),
      { linkId: 'where', message: '"x" is not one of the answer options' },
    ],
    [
      'the same choice twice',
      response({}, [
        ans(
          'where',
          { valueCoding: { system: 's', code: 'x' } },
          { valueCoding: { system: 's', code: 'x' } },
        ),
      ]),
      { linkId: 'where', message: 'has the same answer twice' },
    ],
    [
      'enabled group: its required question missing',
      response({}, [ans('where', { valueCoding: { system: 's', code: 'x' } })]),
      { linkId: 'g.q', message: 'an answer is required' },
    ],
    [
      'disabled group carries an answer',
      response({}, [{ linkId: 'g', item: [ans('g.q', { valueBoolean: true })] }]),
      { linkId: 'g.q', message: 'is not asked with these answers, so it must have no answer' },
    ],
    [
      'sum extension reached: item becomes required',
      response({}, [ans('mood', { valueCoding: { system: 'm', code: '2' } })]),
      { linkId: 'more', message: 'an answer is required' },
    ],
    [
      'sum extension not reached: item must be empty',
      response({}, [
        ans('mood', { valueCoding: { system: 'm', code: '1' } }),
        ans('more', { valueInteger: 1 }),
      ]),
      { linkId: 'more', message: 'is not asked with these answers, so it must have no answer' },
    ],
    [
      'unknown linkId',
      response({}, [ans('nope', { valueBoolean: true })]),
      { linkId: 'nope', message: 'is not a question of this questionnaire (here)' },
    ],
    [
      'question outside its group',
      response({ where: ans('where', { valueCoding: { system: 's', code: 'x' } }) }, [
        ans('g.q', { valueBoolean: true }),
      ]),
      { linkId: 'g.q', message: 'is not a question of this questionnaire (here)' },
    ],
    [
      'an answer on a group',
      response({}, [ans('g', { valueBoolean: true })]),
      { linkId: 'g', message: 'is a group and takes no answer' },
    ],
    [
      'an item appearing twice',
      response({}, [ans('ok', { valueBoolean: true })]),
      { linkId: 'ok', message: 'appears twice' },
    ],
    [
      'another questionnaire',
      { ...response(), questionnaire: 'https://example.org/other' },
      { linkId: 'questionnaire', message: `must be ${URL}` },
    ],
  ])('%s', (_name, qr, expected) => {
    expect(validateQuestionnaireResponse(q, qr)).toContainEqual(expected);
  });

  it('a versioned questionnaire takes its url or url|version, and refuses answers to another version', () => {
    const v3: Questionnaire = { ...q, version: '3' };
    expect(questionnaireCanonical(v3)).toBe(`${URL}|3`);
    expect(questionnaireCanonical(q)).toBe(URL);
    expect(validateQuestionnaireResponse(v3, response())).toEqual([]);
    expect(validateQuestionnaireResponse(v3, { ...response(), questionnaire: `${URL}|3` })).toEqual([]);
    expect(validateQuestionnaireResponse(v3, { ...response(), questionnaire: `${URL}|2` })).toEqual([
      { linkId: 'questionnaire', message: `must be ${URL} or ${URL}|3 (the current version)` },
    ]);
  });

  it('a fully enabled response passes: group, sum extension and repeats', () => {
    const qr = response({}, [
      ans('where', { valueCoding: { system: 's', code: 'x' } }, { valueCoding: { system: 's', code: 'y' } }),
      { linkId: 'g', item: [ans('g.q', { valueBoolean: false })] },
      ans('mood', { valueCoding: { system: 'm', code: '3' } }),
      ans('more', { valueInteger: 0 }),
      ans('born', { valueDate: '1984-05-12' }),
      ans('hours', { valueDecimal: 6.5 }),
    ]);
    expect(validateQuestionnaireResponse(q, qr)).toEqual([]);
  });
});
