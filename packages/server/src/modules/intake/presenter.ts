import type { Intake, IntakeSummary, RedFlagView, SafetyTask, UrgentFlagMark } from '@omt/contracts';
import type { Selectable } from 'kysely';
import type { IntakeTable, SafetyTaskView } from '@omt/db';
import { URGENT_FLAG_INSTRUCTIONS, urgentFlags } from '@omt/domain';
import { patientName } from '../patients/presenter';
import { presentAssignment } from '../worklists/acknowledgement';

type Scores = Pick<Intake, 'phq9' | 'peg'>;

/** The stored intake as the API shows it, with its safety task if one was opened. */
export function presentIntake(row: Selectable<IntakeTable>, safetyTaskId: string | null): Intake {
  const scores = JSON.parse(row.scores_json) as Scores;
  const redFlags = JSON.parse(row.red_flags_json) as RedFlagView[];
  return {
    id: row.id,
    appointmentId: row.appointment_id,
    patientId: row.patient_id,
    submittedAt: row.submitted_at,
    phq2: row.phq2_score === null ? null : { score: row.phq2_score, positive: row.phq2_positive === 1 },
    phq9: scores.phq9,
    peg: scores.peg,
    summary: JSON.parse(row.summary_json) as IntakeSummary,
    redFlags,
    safetyTaskId,
    urgentFlags: urgentFlags(redFlags),
    questionnaireResponse: JSON.parse(row.questionnaire_response_json) as Record<string, unknown>,
  };
}

/** A safety task as the worklist shows it to the viewer, with the patient's name and its assignee. */
export function presentSafetyTask(t: SafetyTaskView, viewerId: string): SafetyTask {
  return {
    id: t.id,
    patientId: t.patient_id,
    patientName: patientName(t),
    appointmentId: t.appointment_id,
    reason: t.reason,
    flag: taskFlag(t),
    createdAt: t.created_at,
    acknowledgedBy: t.acknowledged_by,
    acknowledgedAt: t.acknowledged_at,
    ...presentAssignment(t, viewerId),
  };
}

/** The task's red flag; a flag since dropped from the alerting list still counts as urgent. */
function taskFlag(t: SafetyTaskView): SafetyTask['flag'] {
  if (t.flag_id === null) return null;
  const urgency = URGENT_FLAG_INSTRUCTIONS[t.flag_id]?.urgency ?? 'urgent';
  return { id: t.flag_id, action: t.action as RedFlagView['action'], urgency };
}

/** The emergency and urgent flags of a visit's stored intake (none without an intake), for the desk. */
export function urgentFlagMarks(redFlagsJson: string | null): UrgentFlagMark[] {
  if (redFlagsJson === null) return [];
  return urgentFlags(JSON.parse(redFlagsJson) as RedFlagView[]).map(({ flagId, label, action, urgency }) => ({
    flagId,
    label,
    action,
    urgency,
  }));
}
