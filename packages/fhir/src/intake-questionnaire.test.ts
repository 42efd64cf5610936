import { describe, expect, it } from 'vitest';
import { LOW_BACK_RED_FLAG_QUESTIONS } from '@omt/domain';
import { intakeQuestionnaire, intakeToQuestionnaireResponse } from './intake-questionnaire';
import { validateFhir } from './test-support/validator';

const answers = {
  chiefComplaint: 'Low back pain',
  painRegions: ['lumbar', 'sacral'],
  painScore: 6,
  sleepHours: 6.5,
  sleepQuality: 'poor',
  activityLevel: 'light',
  diet: 'mixed',
  phq2: [1, 2] as [number, number],
  redFlags: Object.fromEntries(LOW_BACK_RED_FLAG_QUESTIONS.map((q, i) => [q.id, i === 0])),
};

describe('intake as FHIR R4', () => {
  it('the Questionnaire passes the FHIR validator', () => {
    expect(() => validateFhir(intakeQuestionnaire())).not.toThrow();
  });

  it('a QuestionnaireResponse passes the validator and carries every answer', () => {
    const qr = intakeToQuestionnaireResponse(answers, {
      id: 'qr-1',
      patientId: 'p-1',
      appointmentId: 'a-1',
      authored: '2026-06-01T12:00:00Z',
    });
    expect(() => validateFhir(qr)).not.toThrow();
    expect(qr.subject?.reference).toBe('Patient/p-1');
    const flat = JSON.stringify(qr);
    expect(flat).toContain('"valueDecimal":6.5');
    expect(qr.item?.find((i) => i.linkId === 'pain-regions')?.answer).toHaveLength(2);
    expect(qr.item?.find((i) => i.linkId === 'red-flags')?.item).toHaveLength(
      LOW_BACK_RED_FLAG_QUESTIONS.length,
    );
  });

  it('the validator really rejects a broken resource', () => {
    const qr = intakeToQuestionnaireResponse(answers, {
      id: 'qr-2',
      patientId: 'p-1',
      appointmentId: 'a-1',
      authored: '2026-06-01T12:00:00Z',
    });
    expect(() => validateFhir({ ...qr, status: 'finished' as 'completed', authored: 'yesterday' })).toThrow();
  });
});
