import type { Intake, IntakeSummary, SafetyTask } from '@omt/contracts';
import type { Selectable } from 'kysely';
import type { IntakeTable, SafetyTaskView } from '@omt/db';
import { patientName } from '../patients/presenter';

type Scores = Pick<Intake, 'phq9' | 'peg'>;

/** The stored intake as the API shows it, with its safety task if one was opened. */
export function presentIntake(row: Selectable<IntakeTable>, safetyTaskId: string | null): Intake {
  const scores = JSON.parse(row.scores_json) as Scores;
  return {
    id: row.id,
    appointmentId: row.appointment_id,
    patientId: row.patient_id,
    submittedAt: row.submitted_at,
    phq2: row.phq2_score === null ? null : { score: row.phq2_score, positive: row.phq2_positive === 1 },
    phq9: scores.phq9,
    peg: scores.peg,
    summary: JSON.parse(row.summary_json) as IntakeSummary,
    redFlags: JSON.parse(row.red_flags_json) as Intake['redFlags'],
    safetyTaskId,
    questionnaireResponse: JSON.parse(row.questionnaire_response_json) as Record<string, unknown>,
  };
}

/** A safety task as the worklist shows it, with the patient's name. */
export function presentSafetyTask(t: SafetyTaskView): SafetyTask {
  return {
    id: t.id,
    patientId: t.patient_id,
    patientName: patientName(t),
    appointmentId: t.appointment_id,
    reason: t.reason,
    createdAt: t.created_at,
    acknowledgedBy: t.acknowledged_by,
    acknowledgedAt: t.acknowledged_at,
  };
}
