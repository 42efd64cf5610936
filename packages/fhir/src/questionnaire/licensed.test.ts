/** Licensed instruments are checked as FHIR R4 and against the scorer's structure (clinical-reference CR-SCORE-7, 10, 12). */
import type { Questionnaire } from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';
import { sampleLicensedQuestionnaire } from '../test-support/licensed-questionnaire';
import { checkLicensedQuestionnaire } from './licensed';

function edited(measure: 'odi' | 'ndi' | 'hit6', change: (q: Questionnaire) => void): Questionnaire {
  const q = structuredClone(sampleLicensedQuestionnaire(measure));
  change(q);
  return q;
}

describe('checkLicensedQuestionnaire', () => {
  it.each(['odi', 'ndi', 'hit6'] as const)(
    'accepts a %s Questionnaire shaped as its scorer needs',
    (measure) => {
      const result = checkLicensedQuestionnaire(measure, sampleLicensedQuestionnaire(measure));
      expect(result.ok).toBe(true);
      if (result.ok)
        expect(result.items[0]!.options.map((o) => o.score)).toHaveLength(measure === 'hit6' ? 5 : 6);
    },
  );

  it.each<[string, 'odi' | 'ndi' | 'hit6', unknown, RegExp]>([
    ['not an object', 'odi', [1, 2], /one JSON object/],
    ['another resource', 'odi', { resourceType: 'Patient' }, /resourceType must be "Questionnaire"/],
    [
      'invalid FHIR (status missing)',
      'odi',
      edited('odi', (q) => delete (q as Partial<Questionnaire>).status),
      /not valid FHIR R4.*status/i,
    ],
    [
      'invalid FHIR (unknown item type)',
      'ndi',
      edited('ndi', (q) => ((q.item![2] as { type: string }).type = 'slider')),
      /not valid FHIR R4/,
    ],
    [
      'nine ODI sections',
      'odi',
      edited('odi', (q) => q.item!.pop()),
      /ODI needs 10 scored items, the upload has 9/,
    ],
    [
      'an HIT-6 Questionnaire uploaded as NDI',
      'ndi',
      sampleLicensedQuestionnaire('hit6'),
      /NDI needs 10 scored items, the upload has 6/,
    ],
    [
      'a missing option',
      'odi',
      edited('odi', (q) => q.item![3]!.answerOption!.pop()),
      /item odi-4 has 5 answer options; it needs 6 scored 0, 1, 2, 3, 4, 5/,
    ],
    [
      'a wrong HIT-6 score',
      'hit6',
      edited('hit6', (q) => (q.item![5]!.answerOption![3]!.extension![0]!.valueDecimal = 12)),
      /item hit6-6 option 4 is scored 12; the options must be scored 6, 8, 10, 11, 13/,
    ],
    [
      'an option without a score',
      'ndi',
      edited('ndi', (q) => delete q.item![0]!.answerOption![0]!.extension),
      /item ndi-1 option 1 is scored nothing/,
    ],
  ])('refuses %s, naming why', (_name, measure, upload, reason) => {
    const result = checkLicensedQuestionnaire(measure, upload);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(reason);
  });
});
