import { randomUUID } from 'node:crypto';
import {
  acknowledgeCheckIn,
  findCheckIn,
  findPatient,
  insertCheckIn,
  listCheckInsOfEncounter,
  listAcknowledgedAlerts,
  listOpenAlerts,
  openWorklistKeys,
  type CheckInRow,
  type CheckInView,
  type Database,
} from '@omt/db';
import {
  CHECKIN_ADVICE,
  CHECKIN_SYMPTOMS,
  aftercareFor,
  triageCheckIn,
  type RegionId,
  type TechniqueId,
} from '@omt/domain';
import type {
  AcknowledgeAlert,
  Aftercare,
  CheckIn,
  SubmitCheckIn,
  Worklist,
  WorklistStamp,
} from '@omt/contracts';
import type { RequestContext } from '../../context';
import { fail } from '../../errors';
import { CLINICIAN_ROLES } from '../../auth/policy';
import { tokenHash } from '../../auth/sessions';
import { givenTreatments, loadEncounterBundle } from '../encounters/load';
import { patientName } from '../patients/presenter';
import { acknowledgedSafetyTasks, openSafetyTasks } from '../intake/safety-tasks';
import { alreadyAcknowledged, checkAcknowledgement, presentAssignment } from '../worklists/acknowledgement';
import { publishLive } from '../worklists/live-events';
import { answerOpenCheckIn } from './check-in-series';
import { unansweredCheckInKeys, unansweredCheckIns } from './check-in-series-service';

/** How many acknowledged tasks and alerts the worklist's history shows. */
const HISTORY_SIZE = 20;

async function signedBundle(
  ctx: RequestContext,
  encounterId: string,
  action: 'aftercare.read' | 'checkin.write' | 'checkin.read',
) {
  const b = await loadEncounterBundle(ctx.db, encounterId);
  await ctx.access(b.encounter.patient_id, action, action.split('.')[0] ?? 'encounter', encounterId);
  if (b.encounter.status === 'draft')
    throw fail.conflict('encounter_not_signed', 'this visit has not been signed yet');
  return b;
}

/** Aftercare for the techniques and regions treated at a signed visit. */
export async function aftercare(
  ctx: RequestContext,
  encounterId: string,
  lang: 'en' | 'es',
): Promise<Aftercare> {
  const b = await signedBundle(ctx, encounterId, 'aftercare.read');
  const given = givenTreatments(b); // not those withdrawn after a later red flag
  const techniques = [...new Set(given.map((t) => t.technique as TechniqueId))];
  const items = aftercareFor({
    techniques,
    regions: [...new Set(given.map((t) => t.region as RegionId))],
    lang,
  });
  return { encounterId, date: b.appointment.start_at, lang, items, techniques };
}

async function presentCheckIn(db: Database, row: CheckInView, viewerId: string): Promise<CheckIn> {
  const patient = await findPatient(db, row.patient_id);
  const route = row.route as CheckIn['route'];
  return {
    id: row.id,
    encounterId: row.encounter_id,
    patientId: row.patient_id,
    patientName: patient ? patientName(patient) : 'unknown',
    soreness: row.soreness,
    daysSore: row.days_sore,
    newSymptoms: JSON.parse(row.new_symptoms_json) as string[],
    route,
    reasons: JSON.parse(row.reasons_json) as string[],
    alert: row.alert === 1,
    advice: CHECKIN_ADVICE[route].en,
    submittedAt: row.submitted_at,
    acknowledgedBy: row.acknowledged_by,
    acknowledgedAt: row.acknowledged_at,
    ...presentAssignment(row, viewerId),
  };
}

async function presentStored(ctx: RequestContext, id: string): Promise<CheckIn> {
  const row = await findCheckIn(ctx.db, id);
  if (!row) throw fail.notFound('check-in');
  return presentCheckIn(ctx.db, row, ctx.user.id);
}

export function checkInForm() {
  return { symptoms: CHECKIN_SYMPTOMS.map((s) => ({ id: s.id, label: s.label })) };
}

/** The patient's post-treatment answers, routed at once: emergency advice, a same-day call, review or nothing. */
export async function submitCheckIn(
  ctx: RequestContext,
  encounterId: string,
  body: SubmitCheckIn,
): Promise<CheckIn> {
  const b = await signedBundle(ctx, encounterId, 'checkin.write');
  const known = new Set(CHECKIN_SYMPTOMS.map((s) => s.id));
  body.newSymptoms.forEach((s, i) => {
    if (!known.has(s)) throw fail.invalid(`newSymptoms.${i}`, `unknown symptom "${s}"`);
  });
  const triage = triageCheckIn(body);
  const row: CheckInRow = {
    id: randomUUID(),
    encounter_id: encounterId,
    patient_id: b.encounter.patient_id,
    soreness: body.soreness,
    days_sore: body.daysSore,
    new_symptoms_json: JSON.stringify(body.newSymptoms),
    route: triage.route,
    reasons_json: JSON.stringify(triage.reasons),
    alert: triage.alert ? 1 : 0,
    submitted_by: ctx.user.id,
    submitted_at: ctx.now(),
    acknowledged_by: null,
    acknowledged_at: null,
    outcome: null,
    outcome_note: null,
  };
  await insertCheckIn(ctx.db, row);
  await answerOpenCheckIn(ctx, encounterId, row.id);
  if (row.alert === 1) await publishLive(ctx.deps, [{ kind: 'alert.raised', id: row.id }]);
  return presentStored(ctx, row.id);
}

export async function listCheckIns(ctx: RequestContext, encounterId: string): Promise<CheckIn[]> {
  await signedBundle(ctx, encounterId, 'checkin.read');
  const rows = await listCheckInsOfEncounter(ctx.db, encounterId);
  return Promise.all(rows.map((r) => presentCheckIn(ctx.db, r, ctx.user.id)));
}

/** Open escalations and same-visit safety tasks for the clinicians, each read audited. */
/**
 * The worklist's fingerprint. It reads ids only, so it is not a read of patient data and writes no audit row:
 * the page asks for it every few seconds and re-reads (audited) the worklist only when it moved.
 */
export async function worklistStamp(ctx: RequestContext): Promise<WorklistStamp> {
  ctx.requireRole(...CLINICIAN_ROLES);
  const keys = [...(await openWorklistKeys(ctx.db)), ...(await unansweredCheckInKeys(ctx.db, ctx.now()))];
  return { stamp: tokenHash(keys.join('\n')) };
}

export async function worklist(ctx: RequestContext): Promise<Worklist> {
  // Stamped before the lists are read: a change in between shows as a new stamp at the next poll.
  const { stamp } = await worklistStamp(ctx);
  const alerts = await readAlerts(ctx, await listOpenAlerts(ctx.db));
  const done = await readAlerts(ctx, await listAcknowledgedAlerts(ctx.db, HISTORY_SIZE));
  return {
    stamp,
    alerts,
    safetyTasks: await openSafetyTasks(ctx),
    unansweredCheckIns: await unansweredCheckIns(ctx),
    acknowledged: { alerts: done, safetyTasks: await acknowledgedSafetyTasks(ctx, HISTORY_SIZE) },
  };
}

/** Check-in alerts as the worklist shows them, each read audited. */
async function readAlerts(ctx: RequestContext, rows: CheckInView[]): Promise<CheckIn[]> {
  await ctx.accessEach(
    rows.map((r) => ({ patientId: r.patient_id, resourceId: r.id })),
    'checkin.read',
    'check-in',
  );
  return Promise.all(rows.map((r) => presentCheckIn(ctx.db, r, ctx.user.id)));
}

/** The assigned physician (or a resident's supervisor) acknowledges an alert with what was done; the first stands. */
export async function acknowledge(ctx: RequestContext, id: string, body: AcknowledgeAlert): Promise<CheckIn> {
  ctx.requireRole(...CLINICIAN_ROLES);
  const row = await findCheckIn(ctx.db, id);
  if (!row) throw fail.notFound('check-in');
  if (row.acknowledged_at) throw alreadyAcknowledged(row.acknowledged_name);
  const ack = await checkAcknowledgement(ctx, row, 'check-in', body);
  if (!(await acknowledgeCheckIn(ctx.db, id, ack))) {
    throw alreadyAcknowledged((await findCheckIn(ctx.db, id))?.acknowledged_name ?? null);
  }
  await publishLive(ctx.deps, [{ kind: 'alert.acknowledged', id }]);
  return presentStored(ctx, id);
}
