import type { Database } from '../connection';

/** Every version of a plan of care, oldest first: what the FHIR API's history of a CarePlan is made of. */
export function fhirCarePlanVersionRows(db: Database, planId: string) {
  return db
    .selectFrom('care_plan_versions')
    .select(['version', 'content_json', 'author_id', 'recorded_at', 'cosigned_at'])
    .where('plan_id', '=', planId)
    .orderBy('version')
    .execute();
}
