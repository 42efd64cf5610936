import { randomUUID } from 'node:crypto';
import {
  findAppointment,
  findIntakeByAppointment,
  findPatient,
  insertIntake,
  isUniqueViolation,
} from '@omt/db';
import { LOW_BACK_RED_FLAG_QUESTIONS, scorePhq2, screenLowBackRedFlags } from '@omt/domain';
import { PHQ2_CHOICES, PHQ2_ITEMS, intakeToQuestionnaireResponse } from '@omt/fhir';
import type { Intake, IntakeForm, SubmitIntake } from '@omt/contracts';
import type { RequestContext } from '../../context';
import { fail } from '../../errors';
import { presentIntake } from './presenter';

export function intakeForm(): IntakeForm {
  return {
    redFlagQuestions: LOW_BACK_RED_FLAG_QUESTIONS.map((q) => ({ id: q.id, text: q.text })),
    phq2Items: [...PHQ2_ITEMS],
    phq2Choices: PHQ2_CHOICES.map((c) => ({ ...c })),
  };
}

function checkRedFlagAnswers(answers: Record<string, boolean>): void {
  const known = new Set(LOW_BACK_RED_FLAG_QUESTIONS.map((q) => q.id));
  for (const id of Object.keys(answers)) {
    if (!known.has(id)) throw fail.invalid(`redFlags.${id}`, 'unknown question');
  }
  for (const q of LOW_BACK_RED_FLAG_QUESTIONS) {
    if (answers[q.id] === undefined) throw fail.invalid(`redFlags.${q.id}`, 'answer yes or no');
  }
}

/** Stores the pre-visit questionnaire as a FHIR QuestionnaireResponse with its PHQ-2 score and red flags. */
export async function submitIntake(
  ctx: RequestContext,
  appointmentId: string,
  body: SubmitIntake,
): Promise<Intake> {
  const appt = await findAppointment(ctx.db, appointmentId);
  if (!appt) throw fail.notFound('appointment');
  await ctx.access(appt.patient_id, 'intake.write', 'intake', appointmentId);
  if (appt.status === 'cancelled') throw fail.conflict('invalid_status', 'this appointment is cancelled');
  checkRedFlagAnswers(body.redFlags);
  const patient = await findPatient(ctx.db, appt.patient_id);
  if (!patient) throw fail.notFound('patient');
  const ageYears = Math.floor(
    (Date.parse(ctx.now()) - Date.parse(patient.birth_date)) / (365.25 * 86_400_000),
  );
  const phq2 = scorePhq2(body.phq2[0], body.phq2[1]);
  const redFlags = screenLowBackRedFlags(body.redFlags, { ageYears });
  const id = randomUUID();
  const submittedAt = ctx.now();
  const qr = intakeToQuestionnaireResponse(body, {
    id,
    patientId: appt.patient_id,
    appointmentId,
    authored: submittedAt,
  });
  try {
    await insertIntake(ctx.db, {
      id,
      appointment_id: appointmentId,
      patient_id: appt.patient_id,
      answers_json: JSON.stringify(body),
      questionnaire_response_json: JSON.stringify(qr),
      phq2_score: phq2.score,
      phq2_positive: phq2.positive ? 1 : 0,
      red_flags_json: JSON.stringify(redFlags),
      submitted_by: ctx.user.id,
      submitted_at: submittedAt,
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw fail.conflict('intake_exists', 'intake for this appointment was already submitted');
    throw error;
  }
  return getIntake(ctx, appointmentId);
}

export async function getIntake(ctx: RequestContext, appointmentId: string): Promise<Intake> {
  const appt = await findAppointment(ctx.db, appointmentId);
  if (!appt) throw fail.notFound('appointment');
  await ctx.access(appt.patient_id, 'intake.read', 'intake', appointmentId);
  const row = await findIntakeByAppointment(ctx.db, appointmentId);
  if (!row) throw fail.notFound('intake');
  return presentIntake(row);
}
