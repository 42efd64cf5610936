import { randomUUID } from 'node:crypto';
import {
  findAppointment,
  findEncounterByAppointment,
  findIntakeByAppointment,
  findPatient,
  findSafetyTaskOfIntake,
  insertIntake,
  isUniqueViolation,
  replaceIntake,
  safetyTaskFlagsOfIntake,
  type PatientRow,
  type SafetyTaskTable,
} from '@omt/db';
import {
  extractIntake,
  intakeQuestionnaire,
  questionnaireCanonical,
  validateQuestionnaireResponse,
  type FhirQuestionnaire,
  type FhirQuestionnaireResponse as FhirResponse,
  type IntakeExtract,
} from '@omt/fhir';
import type { Intake, IntakeSubmission, Questionnaire } from '@omt/contracts';
import type { RequestContext } from '../../context';
import type { PatientAction } from '../../auth/policy';
import { fail } from '../../errors';
import { pregnancyFactorsFromIntake, urgentFlags, type IntakeLanguage } from '@omt/domain';
import { parseFactors } from '../patients/presenter';
import { presentIntake } from './presenter';
import { scoreIntake } from './scoring';
import { announceSafetyTasks } from '../worklists/live-events';

const YEAR_MS = 365.25 * 86_400_000;

/** The appointment's patient and their age today, after the audited access check. */
async function patientOf(
  ctx: RequestContext,
  appointmentId: string,
  action: PatientAction,
  lang?: IntakeLanguage,
) {
  const appt = await findAppointment(ctx.db, appointmentId);
  if (!appt) throw fail.notFound('appointment');
  await ctx.access(appt.patient_id, action, 'intake', appointmentId);
  const patient = await findPatient(ctx.db, appt.patient_id);
  if (!patient) throw fail.notFound('patient');
  const ageYears = Math.floor((Date.parse(ctx.now()) - Date.parse(patient.birth_date)) / YEAR_MS);
  const language = lang ?? (patient.preferred_language === 'es' ? 'es' : 'en');
  const questionnaire = intakeQuestionnaire({ ageYears, sex: patient.sex }, language);
  return { appt, patient, ageYears, questionnaire };
}

/**
 * The intake Questionnaire tailored to the appointment's patient (infant, pregnancy, child sections), in `lang`
 * or the patient's preferred language. Both languages have the same items and codes, so either is submitted alike.
 */
export async function getIntakeQuestionnaire(
  ctx: RequestContext,
  appointmentId: string,
  lang?: IntakeLanguage,
): Promise<Questionnaire> {
  const { questionnaire } = await patientOf(ctx, appointmentId, 'intake.read', lang);
  return questionnaire as Questionnaire;
}

function validated(q: FhirQuestionnaire, body: IntakeSubmission): FhirResponse {
  const qr = body.questionnaireResponse as FhirResponse;
  const first = validateQuestionnaireResponse(q, qr)[0];
  if (first) throw fail.invalid(first.linkId, first.message);
  return qr;
}

/**
 * Validates the QuestionnaireResponse against the tailored Questionnaire, scores and screens it, and stores
 * it. Until the visit's note is signed (also after check-in) a new submission replaces the answers.
 */
export async function submitIntake(
  ctx: RequestContext,
  appointmentId: string,
  body: IntakeSubmission,
): Promise<Intake> {
  const { appt, patient, ageYears, questionnaire } = await patientOf(ctx, appointmentId, 'intake.write');
  if (appt.status === 'cancelled') throw fail.conflict('invalid_status', 'this appointment is cancelled');
  const note = await findEncounterByAppointment(ctx.db, appointmentId);
  if (note && note.status !== 'draft') {
    throw fail.conflict('encounter_signed', 'the visit note is signed: the intake can no longer change');
  }
  const submitted = validated(questionnaire, body);
  const extract = extractIntake(questionnaire, submitted);
  const scores = scoreIntake(extract, ageYears);
  const earlier = await findIntakeByAppointment(ctx.db, appointmentId);
  const id = earlier?.id ?? randomUUID();
  const submittedAt = ctx.now();
  const qr: FhirResponse = {
    ...submitted,
    // The version answered is stored with the answers, so intakes of an older version stay told apart.
    questionnaire: questionnaireCanonical(questionnaire),
    id,
    subject: { reference: `Patient/${appt.patient_id}` },
    authored: submittedAt,
  };
  const task = (reason: string, flag: { id: string; action: string } | null = null): SafetyTaskTable => ({
    id: randomUUID(),
    patient_id: appt.patient_id,
    appointment_id: appointmentId,
    intake_id: id,
    reason,
    created_at: submittedAt,
    acknowledged_by: null,
    acknowledged_at: null,
    flag_id: flag?.id ?? null,
    action: flag?.action ?? null,
    outcome: null,
    outcome_note: null,
  });
  // PHQ-9 item 9, and each emergency or urgent red flag: a task for the visit's physician at once.
  const safetyTasks = [
    ...(scores.safetyReason ? [task(scores.safetyReason)] : []),
    ...urgentFlags(scores.redFlags).map((u) => {
      const flag = scores.redFlags.find((f) => f.id === u.flagId);
      return task(`${u.label}: ${flag?.message ?? u.label}`, { id: u.flagId, action: u.action });
    }),
  ];
  const factorsJson = await factorsAfterIntake(ctx, patient, extract, id);
  const row = {
    id,
    appointment_id: appointmentId,
    patient_id: appt.patient_id,
    answers_json: JSON.stringify(extract),
    questionnaire_response_json: JSON.stringify(qr),
    phq2_score: scores.phq2?.score ?? null,
    phq2_positive: scores.phq2 ? Number(scores.phq2.positive) : null,
    red_flags_json: JSON.stringify(scores.redFlags),
    submitted_by: ctx.user.id,
    submitted_at: submittedAt,
    scores_json: JSON.stringify({ phq9: scores.phq9, peg: scores.peg }),
    summary_json: JSON.stringify(scores.summary),
  };
  if (earlier) {
    // The tasks already open for this intake stay; only what the new answers raise is added.
    const opened = await safetyTaskFlagsOfIntake(ctx.db, id);
    const added = safetyTasks.filter((t) => !opened.includes(t.flag_id));
    await replaceIntake(ctx.db, row, added, factorsJson);
    await announceSafetyTasks(ctx.deps, added);
    return getIntake(ctx, appointmentId);
  }
  try {
    await insertIntake(ctx.db, row, safetyTasks, factorsJson);
  } catch (error) {
    if (isUniqueViolation(error))
      throw fail.conflict('intake_exists', 'intake for this appointment was already submitted');
    throw error;
  }
  await announceSafetyTasks(ctx.deps, safetyTasks);
  return getIntake(ctx, appointmentId);
}

/**
 * A "pregnant, N weeks" answer updates the patient's safety factors (audited as factors.intake); a "not
 * pregnant" answer leaves a recorded pregnancy for the physician to clear (pregnancyFactorsFromIntake).
 */
async function factorsAfterIntake(
  ctx: RequestContext,
  patient: PatientRow,
  extract: IntakeExtract,
  intakeId: string,
): Promise<string | null> {
  const current = parseFactors(patient.factors_json);
  const next = pregnancyFactorsFromIntake(current, extract.pregnancy);
  if (!next) return null;
  await ctx.access(patient.id, 'factors.intake', 'patient-factors', intakeId);
  return JSON.stringify({ ...current, ...next });
}

/** The stored intake with its scores, flags and safety task. */
export async function getIntake(ctx: RequestContext, appointmentId: string): Promise<Intake> {
  const appt = await findAppointment(ctx.db, appointmentId);
  if (!appt) throw fail.notFound('appointment');
  await ctx.access(appt.patient_id, 'intake.read', 'intake', appointmentId);
  const row = await findIntakeByAppointment(ctx.db, appointmentId);
  if (!row) throw fail.notFound('intake');
  const task = await findSafetyTaskOfIntake(ctx.db, row.id);
  return presentIntake(row, task?.id ?? null);
}
