/**
 * Outcome measures: what the patient's plans have due before the next visit, answering one (scored by the domain
 * and stored), and each measure's trend. Every read and write passes the audited gate.
 */
import { randomUUID } from 'node:crypto';
import { findCarePlan, findPatient, insertMeasureResponse, type Database } from '@omt/db';
import type {
  AnswerMeasure,
  MeasureForm,
  MeasureResponse,
  MeasureTrend,
  PatientMeasures,
} from '@omt/contracts';
import {
  MEASURE_CODES,
  MEASURE_SCALES,
  MEASURES,
  MeasureAnswerError,
  meaningfulImprovementThreshold,
  type LicensedMeasureCode,
  type MeasureCode,
  type MeasureScore,
} from '@omt/domain';
import type { RequestContext } from '../../context';
import { fail } from '../../errors';
import { patientAnswers, presentStoredResponse } from './answers';
import { licensedQuestionnaireFor } from '../outcomes/licensed-questionnaires';
import { measuresDue } from './due';

export async function measureForm(db: Database, code: MeasureCode): Promise<MeasureForm> {
  const m = MEASURES[code];
  const { min, max } = MEASURE_SCALES[code];
  const base = {
    code,
    name: m.name,
    stem: m.stem,
    scale: { min, max },
    itemsMayBeSkipped: m.itemsMayBeSkipped,
  };
  if (!m.licensed) {
    const items = m.items.map((i) => ({ ...i, options: null }));
    return { ...base, items, licensedVersion: null, online: true };
  }
  const licensed = await licensedQuestionnaireFor(db, code as LicensedMeasureCode);
  if (!licensed) return { ...base, items: [], licensedVersion: null, online: false };
  const items = licensed.items.map((i) => {
    const scores = i.options.map((o) => o.score);
    return {
      id: i.linkId,
      text: i.text,
      min: Math.min(...scores),
      max: Math.max(...scores),
      options: i.options.map((o) => ({ value: o.score, label: o.display })),
    };
  });
  return { ...base, items, licensedVersion: licensed.version, online: true };
}

function trends(answers: readonly MeasureResponse[]): MeasureTrend[] {
  return MEASURE_CODES.flatMap((code) => {
    const points = answers
      .filter((a) => a.measure === code && a.score !== null)
      .map((a) => ({
        at: a.answeredAt,
        score: a.score!,
        shown: a.shown,
        band: a.band,
        appointmentId: a.appointmentId,
      }));
    if (points.length === 0) return [];
    const baseline = points[0]!.score;
    const { min, max } = MEASURE_SCALES[code];
    return [
      {
        measure: code,
        name: MEASURES[code].name,
        scale: { min, max },
        baseline,
        threshold: meaningfulImprovementThreshold(code, baseline),
        points,
      },
    ];
  });
}

export async function readPatientMeasures(ctx: RequestContext, patientId: string): Promise<PatientMeasures> {
  if (!(await findPatient(ctx.db, patientId))) throw fail.notFound('patient');
  // The desk records answers given on its tablet: it learns what is due, never the answers or scores.
  const desk = ctx.user.role === 'front_desk';
  await ctx.access(
    patientId,
    desk ? 'measure.write' : 'measure.read',
    'measures',
    patientId,
    desk ? 'due' : undefined,
  );
  const responses = await patientAnswers(ctx.db, patientId);
  const { due, visits } = await measuresDue(ctx.db, patientId, ctx.now(), responses);
  if (desk) return { due, responses: [], trends: [], visits: [] };
  return { due, responses, trends: trends(responses), visits };
}

function scoreOrRefuse(measure: MeasureCode, answers: readonly (number | null)[]): MeasureScore {
  let s: MeasureScore;
  try {
    s = MEASURES[measure].score(answers);
  } catch (e) {
    if (!(e instanceof MeasureAnswerError)) throw e;
    throw fail.invalid(e.item === null ? 'answers' : `answers.${e.item - 1}`, e.message);
  }
  if (s.score === null) {
    const first = answers.findIndex((a) => a === null);
    throw fail.invalid(first < 0 ? 'answers' : `answers.${first}`, `${s.noScoreReason ?? 'no score'}`);
  }
  return s;
}

function answeredBy(ctx: RequestContext, asked: AnswerMeasure['answeredBy']): MeasureResponse['answeredBy'] {
  if (ctx.user.role !== 'patient') return asked ?? 'staff';
  if (asked === 'staff')
    throw fail.invalid('answeredBy', "a patient's login answers as the patient or a parent");
  return asked ?? 'patient';
}

/**
 * The licensed Questionnaire version an answer is given on (null for a public-domain measure): the one in use, and
 * the one the form showed when it says so: items replaced since the form opened would be scored on other words.
 */
async function licensedVersionAnswered(ctx: RequestContext, body: AnswerMeasure): Promise<number | null> {
  const name = MEASURES[body.measure].name;
  if (!MEASURES[body.measure].licensed) {
    if (body.licensedVersion !== undefined)
      throw fail.invalid('licensedVersion', `only for a licensed measure; ${name} is public domain`);
    return null;
  }
  const current = await licensedQuestionnaireFor(ctx.db, body.measure as LicensedMeasureCode);
  if (!current)
    throw fail.unprocessable(
      'measure_not_online',
      `${name} is answered with your clinician at the visit: the clinic has not loaded its licensed questions`,
      'measure',
    );
  if (body.licensedVersion !== undefined && body.licensedVersion !== current.version)
    throw fail.conflict(
      'measure_questions_changed',
      `the clinic has updated the questions of ${name} since this form was opened: reload the page to answer them`,
      'licensedVersion',
    );
  return current.version;
}

export async function answerMeasure(
  ctx: RequestContext,
  patientId: string,
  body: AnswerMeasure,
): Promise<MeasureResponse> {
  if (!(await findPatient(ctx.db, patientId))) throw fail.notFound('patient');
  const id = randomUUID();
  await ctx.access(
    patientId,
    'measure.write',
    'measure-response',
    id,
    `${body.measure}, plan ${body.planId}`,
  );
  const plan = await findCarePlan(ctx.db, body.planId);
  if (!plan || plan.patient_id !== patientId)
    throw fail.invalid('planId', "must be one of this patient's plans of care");
  const name = MEASURES[body.measure].name;
  const licensedVersion = await licensedVersionAnswered(ctx, body);
  const responses = await patientAnswers(ctx.db, patientId);
  const { due } = await measuresDue(ctx.db, patientId, ctx.now(), responses);
  const open = due.find((d) => d.planId === plan.id && d.measure === body.measure);
  if (!open)
    throw fail.unprocessable(
      'measure_not_due',
      `${name} is not due before the next visit of this plan (already answered, or not part of the plan)`,
      'measure',
    );
  const s = scoreOrRefuse(body.measure, body.answers);
  const row = {
    id,
    patient_id: patientId,
    measure: body.measure,
    plan_id: plan.id,
    appointment_id: open.appointmentId,
    timing: open.timing,
    answers_json: JSON.stringify(body.answers),
    score: s.score,
    shown: s.shown,
    band: s.band,
    answered_by: answeredBy(ctx, body.answeredBy),
    recorded_by: ctx.user.id,
    answered_at: ctx.now(),
    licensed_version: licensedVersion,
  };
  if (!(await insertMeasureResponse(ctx.db, row)))
    throw fail.conflict('measure_already_answered', `${name} was already answered for this visit`, 'measure');
  return presentStoredResponse(row);
}
