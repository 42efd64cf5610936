/**
 * Plans of care. A physician records one after a consultation; each revision or re-evaluation is a new version
 * made from the version read (409 stale_care_plan), and a resident's version waits for the supervisor's
 * co-signature. Discharge records the reason and a summary. Every read and write passes the audited gate.
 */
import { randomUUID } from 'node:crypto';
import {
  addCarePlanVersion,
  cosignCarePlanVersion,
  dischargeCarePlan,
  encounterTimeZone,
  findCarePlan,
  findEncounter,
  findPatient,
  insertCarePlan,
  listCarePlans,
  listCarePlanVersions,
  listCarePlanVisits,
} from '@omt/db';
import type {
  CarePlan,
  CarePlanContent,
  CarePlanList,
  CreateCarePlan,
  DischargeCarePlan,
  ReviseCarePlan,
} from '@omt/contracts';
import type { RequestContext } from '../../context';
import { fail } from '../../errors';
import { recordIntakeBaseline } from '../measures/baseline';
import { localDay, presentCarePlan } from './presenter';
import type { CarePlanRow } from './rows';

async function today(ctx: RequestContext, encounterId: string): Promise<string> {
  return localDay(ctx.now(), (await encounterTimeZone(ctx.db, encounterId)) ?? 'UTC');
}

export async function viewCarePlan(ctx: RequestContext, plan: CarePlanRow): Promise<CarePlan> {
  const [versions, visits, day] = await Promise.all([
    listCarePlanVersions(ctx.db, plan.id),
    listCarePlanVisits(ctx.db, plan.id),
    today(ctx, plan.encounter_id),
  ]);
  return presentCarePlan(plan, versions, visits, day, ctx.user.id);
}

/** The plan, found before the gate (a 404 names nothing) and then checked and audited for its patient. */
export async function planFor(
  ctx: RequestContext,
  id: string,
  action: 'plan.read' | 'plan.write',
  detail: string,
): Promise<CarePlanRow> {
  const plan = await findCarePlan(ctx.db, id);
  if (!plan) throw fail.notFound('plan of care');
  await ctx.access(plan.patient_id, action, 'care-plan', id, detail);
  return plan;
}

async function reread(ctx: RequestContext, id: string): Promise<CarePlan> {
  const plan = await findCarePlan(ctx.db, id);
  if (!plan) throw fail.notFound('plan of care');
  return viewCarePlan(ctx, plan);
}

export async function listPlans(ctx: RequestContext, patientId: string): Promise<CarePlanList> {
  if (!(await findPatient(ctx.db, patientId))) throw fail.notFound('patient');
  await ctx.access(patientId, 'plan.read', 'care-plans', patientId);
  const plans = await listCarePlans(ctx.db, patientId);
  return { plans: await Promise.all(plans.map((p) => viewCarePlan(ctx, p))) };
}

/** What the contract cannot check: dates before today. */
function checkDates(c: CarePlanContent, day: string): void {
  c.goals.forEach((g, i) => {
    if (g.targetDate < day) throw fail.invalid(`goals.${i}.targetDate`, 'cannot be before today');
  });
  if (c.reEvaluationDate < day) throw fail.invalid('reEvaluationDate', 'cannot be before today');
}

function versionRow(ctx: RequestContext, content: CarePlanContent) {
  return {
    content_json: JSON.stringify(content),
    author_id: ctx.user.id,
    recorded_at: ctx.now(),
    awaiting_cosign: ctx.user.role === 'resident' ? 1 : 0,
  };
}

export async function createPlan(
  ctx: RequestContext,
  patientId: string,
  body: CreateCarePlan,
): Promise<CarePlan> {
  if (!(await findPatient(ctx.db, patientId))) throw fail.notFound('patient');
  const id = randomUUID();
  await ctx.access(patientId, 'plan.write', 'care-plan', id, 'create');
  const { encounterId, ...content } = body;
  const encounter = await findEncounter(ctx.db, encounterId);
  if (!encounter || encounter.patient_id !== patientId)
    throw fail.invalid('encounterId', "must be one of this patient's visits");
  checkDates(content, await today(ctx, encounterId));
  await insertCarePlan(
    ctx.db,
    {
      id,
      patient_id: patientId,
      encounter_id: encounterId,
      status: 'active',
      current_version: 1,
      created_by: ctx.user.id,
      created_at: ctx.now(),
    },
    { plan_id: id, version: 1, kind: 'created', ...versionRow(ctx, content) },
  );
  await recordIntakeBaseline(ctx, { id, patientId, appointmentId: encounter.appointment_id });
  return reread(ctx, id);
}

function refuseDischarged(): never {
  throw fail.conflict('care_plan_discharged', 'this plan of care was discharged; it can no longer change');
}

export async function revisePlan(ctx: RequestContext, id: string, body: ReviseCarePlan): Promise<CarePlan> {
  const plan = await planFor(ctx, id, 'plan.write', `${body.kind} from version ${body.version}`);
  if (plan.status !== 'active') refuseDischarged();
  const { version, kind, ...content } = body;
  checkDates(content, await today(ctx, plan.encounter_id));
  if (!(await addCarePlanVersion(ctx.db, version, { plan_id: id, kind, ...versionRow(ctx, content) }))) {
    if ((await findCarePlan(ctx.db, id))?.status !== 'active') refuseDischarged();
    throw fail.conflict(
      'stale_care_plan',
      'this plan was changed since you read it; reload it and make your change again',
      'version',
    );
  }
  return reread(ctx, id);
}

export async function cosignPlan(ctx: RequestContext, id: string, version: number): Promise<CarePlan> {
  await planFor(ctx, id, 'plan.write', `co-sign version ${version}`);
  const v = (await listCarePlanVersions(ctx.db, id)).find((x) => x.version === version);
  if (!v) throw fail.notFound('plan version');
  if (v.author_supervisor_id !== ctx.user.id)
    throw fail.forbidden("only the resident's supervising physician may co-sign");
  if (!(await cosignCarePlanVersion(ctx.db, id, version, ctx.user.id, ctx.now())))
    throw fail.conflict('already_cosigned', 'this version does not await co-signature', 'version');
  return reread(ctx, id);
}

export async function dischargePlan(
  ctx: RequestContext,
  id: string,
  body: DischargeCarePlan,
): Promise<CarePlan> {
  await planFor(ctx, id, 'plan.write', `discharge: ${body.reason}`);
  ctx.requireRole('physician');
  const done = await dischargeCarePlan(ctx.db, id, {
    reason: body.reason,
    summary: body.summary,
    by: ctx.user.id,
    at: ctx.now(),
  });
  if (!done) refuseDischarged();
  return reread(ctx, id);
}
