import type { Observation } from '@medplum/fhirtypes';
import { SYSTEM, US_CORE } from './codes';
import { ref } from './references';

/** The scores an intake stored. */
export interface IntakeScoresSource {
  id: string;
  patient_id: string;
  submitted_at: string;
  phq2: number | null;
  phq9: number | null;
  peg: number | null;
  pain: number | null;
}

/** Each score with its LOINC total-score code (terminology.md §1). */
export const SCORE_CODES = {
  phq2: { code: '55758-7', display: 'Patient Health Questionnaire 2 item (PHQ-2) total score [Reported]' },
  phq9: { code: '44261-6', display: 'Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]' },
  peg: { code: '91147-9', display: 'Mean score [PEG]' },
  pain: { code: '72514-3', display: 'Pain severity - 0-10 verbal numeric rating [Score] - Reported' },
} as const;

export type ScoreKey = keyof typeof SCORE_CODES;

/** `<intake id>.<score>`: one Observation per score an intake holds. */
export const observationId = (intakeId: string, key: ScoreKey) => `${intakeId}.${key}`;

/** Splits an Observation id into its intake and score; null when it is not one of ours. */
export function parseObservationId(id: string): { intakeId: string; key: ScoreKey } | null {
  const dot = id.lastIndexOf('.');
  const key = id.slice(dot + 1);
  if (dot < 1 || !(key in SCORE_CODES)) return null;
  return { intakeId: id.slice(0, dot), key: key as ScoreKey };
}

/** The intake's scores as US Core screening assessments (category survey, LOINC code, the score as a quantity). */
export function toFhirObservations(s: IntakeScoresSource): Observation[] {
  return (Object.keys(SCORE_CODES) as ScoreKey[]).flatMap((key) => {
    const value = s[key];
    if (value === null) return [];
    return [
      {
        resourceType: 'Observation',
        id: observationId(s.id, key),
        meta: { profile: [US_CORE.screeningAssessment] },
        status: 'final',
        category: [{ coding: [{ system: SYSTEM.observationCategory, code: 'survey', display: 'Survey' }] }],
        code: { coding: [{ system: SYSTEM.loinc, ...SCORE_CODES[key] }], text: SCORE_CODES[key].display },
        subject: ref('Patient', s.patient_id),
        effectiveDateTime: s.submitted_at,
        performer: [ref('Patient', s.patient_id)],
        valueQuantity: { value, unit: '{score}', system: SYSTEM.ucum, code: '{score}' },
      } satisfies Observation,
    ];
  });
}
