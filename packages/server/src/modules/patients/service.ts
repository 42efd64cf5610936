import {
  findPatient,
  searchPatients,
  updatePatientFactors,
  updatePatientFactorsAtVersion,
  type PatientRow,
} from '@omt/db';
import type { Patient, PatientFactorsView, UpdateFactors } from '@omt/contracts';
import type { RequestContext } from '../../context';
import { fail } from '../../errors';
import { STAFF_ROLES } from '../../auth/policy';
import { parseFactors, presentPatient } from './presenter';
import { parsePatientQuery, withoutVisitOnlyConditions } from '@omt/domain';

/**
 * Staff search by name prefix, date of birth (YYYY-MM-DD or MM/DD/YYYY), phone or email; every patient
 * returned is an audited read.
 */
export async function findPatients(ctx: RequestContext, q: string): Promise<Patient[]> {
  if (!STAFF_ROLES.includes(ctx.user.role)) throw fail.forbidden('only staff may search patients');
  const rows = await searchPatients(ctx.db, ctx.deps.dialect, parsePatientQuery(q));
  await ctx.accessEach(
    rows.map((r) => ({ patientId: r.id, resourceId: r.id })),
    'demographics.read',
    'patient',
  );
  return rows.map((r) => presentPatient(r, ctx.now().slice(0, 10)));
}

export async function getPatient(ctx: RequestContext, id: string): Promise<Patient> {
  const row = await findPatient(ctx.db, id);
  if (!row) throw fail.notFound('patient');
  await ctx.access(id, 'demographics.read', 'patient', id);
  const patient = presentPatient(row, ctx.now().slice(0, 10));
  // A possible duplicate is the desk's to review: a patient never learns that someone else matches their record.
  return ctx.user.role === 'patient' ? { ...patient, duplicateReview: null } : patient;
}

/** Refuses what the contract cannot: weeks missing in pregnancy, a level check dated after today. */
function checkFactors(factors: PatientFactorsView, today: string): void {
  if (factors.pregnant && factors.pregnancyWeeks === null) {
    throw fail.invalid('pregnancyWeeks', 'required when pregnant');
  }
  const check = factors.anticoagulationCheck;
  if (factors.anticoagulated && check && check.date > today) {
    throw fail.invalid('anticoagulationCheck.date', 'the level check cannot be dated after today');
  }
}

/**
 * Clinicians keep the safety factors current; the safety engine reads them at every check. The save carries
 * the version it read and is refused (409 `stale_factors`) when someone changed the factors in between.
 */
export async function updateFactors(ctx: RequestContext, id: string, body: UpdateFactors): Promise<Patient> {
  const row = await findPatient(ctx.db, id);
  if (!row) throw fail.notFound('patient');
  await ctx.access(id, 'factors.write', 'patient-factors', id);
  const { version, ...factors } = body;
  checkFactors(factors, ctx.now().slice(0, 10));
  const json = JSON.stringify({
    ...factors,
    pregnancyWeeks: factors.pregnant ? factors.pregnancyWeeks : null,
    anticoagulationCheck: factors.anticoagulated ? factors.anticoagulationCheck : null,
    conditions: [...new Set(factors.conditions)],
  });
  if (!(await updatePatientFactorsAtVersion(ctx.db, id, json, version))) {
    throw fail.conflict(
      'stale_factors',
      'version: the safety factors were changed since you read them; reload them and save again',
      'version',
    );
  }
  return getPatient(ctx, id);
}

/**
 * When a note is signed, the conditions that held only for that visit (a full stomach, say) are cleared from
 * the patient's factors, audited like any factors change; nothing is written when there were none.
 */
export async function clearVisitOnlyConditions(
  ctx: RequestContext,
  patient: Pick<PatientRow, 'id' | 'factors_json'>,
  encounterId: string,
): Promise<void> {
  const factors = parseFactors(patient.factors_json);
  const lasting = withoutVisitOnlyConditions(factors.conditions);
  if (lasting.length === factors.conditions.length) return;
  await ctx.access(patient.id, 'factors.write', 'patient-factors', encounterId);
  await updatePatientFactors(ctx.db, patient.id, JSON.stringify({ ...factors, conditions: lasting }));
}
