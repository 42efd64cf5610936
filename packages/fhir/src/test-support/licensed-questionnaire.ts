/**
 * A stand-in for a clinic's licensed instrument, shaped as the scorer needs (10 items scored 0–5 for ODI/NDI, 6 items
 * scored 6/8/10/11/13 for HIT-6), with placeholder wording: the real item text is licensed and never in this repository.
 */
import type { Questionnaire } from '@medplum/fhirtypes';
import { LICENSED_STRUCTURES, type LicensedMeasureCode } from '@omt/domain';
import { ORDINAL_VALUE_URL } from '../questionnaire/extensions';

export function sampleLicensedQuestionnaire(measure: LicensedMeasureCode): Questionnaire {
  const { items, optionScores } = LICENSED_STRUCTURES[measure];
  return {
    resourceType: 'Questionnaire',
    status: 'active',
    name: `${measure.toUpperCase()}Licensed`,
    title: `${measure.toUpperCase()} (clinic licence)`,
    item: Array.from({ length: items }, (_, i) => ({
      linkId: `${measure}-${i + 1}`,
      text: `Item ${i + 1}`,
      type: 'choice' as const,
      required: false,
      answerOption: optionScores.map((score, o) => ({
        valueCoding: { code: `${i + 1}.${o}`, display: `Statement ${o + 1}` },
        extension: [{ url: ORDINAL_VALUE_URL, valueDecimal: score }],
      })),
    })),
  };
}
