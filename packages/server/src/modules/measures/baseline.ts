/**
 * A new plan of care keeps its consultation's intake answers (the PEG and the pain rating) as its own baseline
 * answers, so that the plan's trend and the clinic's outcomes report measure change from the pain the patient came
 * with, not from the first answer given after the plan began.
 */
import { randomUUID } from 'node:crypto';
import { findIntakeByAppointment, insertMeasureResponse } from '@omt/db';
import type { RequestContext } from '../../context';
import { intakeAnswers } from './answers';

export async function recordIntakeBaseline(
  ctx: RequestContext,
  plan: { id: string; patientId: string; appointmentId: string },
): Promise<void> {
  const intake = await findIntakeByAppointment(ctx.db, plan.appointmentId);
  if (!intake) return;
  for (const a of intakeAnswers(intake))
    await insertMeasureResponse(ctx.db, {
      id: randomUUID(),
      patient_id: plan.patientId,
      measure: a.measure,
      plan_id: plan.id,
      appointment_id: a.appointmentId,
      timing: 'baseline',
      answers_json: JSON.stringify(a.answers),
      score: a.score,
      shown: a.shown,
      band: a.band,
      answered_by: 'patient',
      recorded_by: intake.submitted_by,
      answered_at: a.answeredAt,
    });
}
