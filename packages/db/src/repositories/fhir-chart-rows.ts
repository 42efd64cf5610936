/**
 * The chart's rows behind the FHIR R4 API: allergies and medications (migration 0030) and plans of care with
 * their version in force (migration 0036). Narrowed by id and patient like `fhir.ts`; ordered by id.
 */
import type { Database } from '../connection';
import { orNone, type FhirRowFilter } from './fhir';

/** The chart entries of one kind (problem, allergy, medication). */
export async function fhirChartEntryRows(
  db: Database,
  kind: 'problem' | 'allergy' | 'medication',
  f: FhirRowFilter,
) {
  let q = db
    .selectFrom('chart_entries')
    .select([
      'id',
      'patient_id',
      'status',
      'name',
      'code',
      'onset',
      'dose',
      'frequency',
      'anticoagulant',
      'reaction',
      'severity',
      'created_by',
      'created_at',
      'updated_at',
    ])
    .where('kind', '=', kind);
  if (f.ids) q = q.where('id', 'in', orNone(f.ids));
  if (f.patientIds) q = q.where('patient_id', 'in', orNone(f.patientIds));
  return q.orderBy('id').execute();
}

/** Each plan with the version in force (its content, author and co-signature) and its booked visits' ids. */
export async function fhirCarePlanRows(db: Database, f: FhirRowFilter) {
  let q = db
    .selectFrom('care_plans as p')
    .innerJoin('care_plan_versions as v', (j) =>
      j.onRef('v.plan_id', '=', 'p.id').onRef('v.version', '=', 'p.current_version'),
    )
    .select([
      'p.id',
      'p.patient_id',
      'p.encounter_id',
      'p.status',
      'p.created_at',
      'p.discharged_at',
      'p.current_version',
      'v.content_json',
      'v.author_id',
      'v.recorded_at',
      'v.cosigned_at',
    ]);
  if (f.ids) q = q.where('p.id', 'in', orNone(f.ids));
  if (f.patientIds) q = q.where('p.patient_id', 'in', orNone(f.patientIds));
  let visitsQ = db
    .selectFrom('care_plan_visits as cv')
    .innerJoin('care_plans as p', 'p.id', 'cv.plan_id')
    .select(['cv.plan_id', 'cv.appointment_id']);
  if (f.ids) visitsQ = visitsQ.where('p.id', 'in', orNone(f.ids));
  if (f.patientIds) visitsQ = visitsQ.where('p.patient_id', 'in', orNone(f.patientIds));
  const [plans, visits] = await Promise.all([
    q.orderBy('p.id').execute(),
    visitsQ.orderBy('cv.appointment_id').execute(),
  ]);
  const byPlan = new Map<string, string[]>();
  for (const v of visits) byPlan.set(v.plan_id, [...(byPlan.get(v.plan_id) ?? []), v.appointment_id]);
  return plans.map((p) => ({ ...p, appointment_ids: byPlan.get(p.id) ?? [] }));
}
