import type { Intake, SubmitIntake } from '@omt/contracts';
import type { Selectable } from 'kysely';
import type { IntakeTable } from '@omt/db';

export function presentIntake(row: Selectable<IntakeTable>): Intake {
  return {
    id: row.id,
    appointmentId: row.appointment_id,
    patientId: row.patient_id,
    submittedAt: row.submitted_at,
    answers: JSON.parse(row.answers_json) as SubmitIntake,
    phq2: { score: row.phq2_score, positive: row.phq2_positive === 1 },
    redFlags: JSON.parse(row.red_flags_json) as Intake['redFlags'],
    questionnaireResponse: JSON.parse(row.questionnaire_response_json) as Record<string, unknown>,
  };
}
