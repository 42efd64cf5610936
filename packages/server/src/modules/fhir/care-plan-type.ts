import { fhirCarePlanRows, fhirCarePlanVersionRows, type Database, type FhirRowFilter } from '@omt/db';
import { toFhirCarePlan, type CarePlanSource, type FhirCarePlan, type PlanContent } from '@omt/fhir';
import { codeOf, dateParam, latest, patientParam, tokenParam } from './clinical-params';
import type { FhirTypeDef } from './type-def';

/** Plans of care with their version in force, as the mappers take them, and when each last changed. */
export async function carePlanSources(db: Database, f: FhirRowFilter) {
  return (await fhirCarePlanRows(db, f)).map((p) => ({
    source: { ...p, content: JSON.parse(p.content_json) as PlanContent } satisfies CarePlanSource,
    lastUpdated: latest(p.created_at, p.recorded_at, p.cosigned_at, p.discharged_at),
    version: p.current_version,
  }));
}

/**
 * A plan as each of its versions stood: a superseded version was in force while the plan was active; the last one
 * carries the plan's status now.
 */
async function carePlanHistory(db: Database, id: string) {
  const [plan] = await carePlanSources(db, { ids: [id] });
  if (!plan) return [];
  const versions = await fhirCarePlanVersionRows(db, id);
  return versions.map((v) => {
    const current = v.version === plan.version;
    const source: CarePlanSource = {
      ...plan.source,
      content: JSON.parse(v.content_json) as PlanContent,
      author_id: v.author_id,
      ...(current ? {} : { status: 'active', discharged_at: null }),
    };
    return {
      resource: toFhirCarePlan(source),
      lastUpdated: current ? plan.lastUpdated : latest(v.recorded_at, v.cosigned_at),
      patientId: source.patient_id,
      version: v.version,
    };
  });
}

/** Plans of care: clinicians and the patient read them (`plan.read`); the desk does not. */
export const carePlanDef: FhirTypeDef = {
  type: 'CarePlan',
  action: () => 'plan.read',
  params: [
    patientParam('patient', (r: FhirCarePlan) => r.subject.reference),
    patientParam('subject', (r: FhirCarePlan) => r.subject.reference),
    tokenParam('status', 'active, or completed once discharged.', (r: FhirCarePlan) => codeOf(r.status)),
    dateParam('date', 'When the plan is in force (its period)', (r: FhirCarePlan) => [
      r.period?.start,
      r.period?.end,
    ]),
  ],
  load: async (db, f) =>
    (await carePlanSources(db, f)).map(({ source, lastUpdated, version }) => ({
      resource: toFhirCarePlan(source),
      lastUpdated,
      patientId: source.patient_id,
      version,
    })),
  history: carePlanHistory,
};
