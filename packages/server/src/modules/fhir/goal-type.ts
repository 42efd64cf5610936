import { parseGoalId, toFhirGoals, type FhirGoal } from '@omt/fhir';
import { carePlanSources } from './care-plan-type';
import { codesOf, codeOf, dateParam, patientParam, tokenParam } from './clinical-params';
import type { FhirTypeDef } from './type-def';

/** The goals of the plans of care, as their plan: clinicians and the patient (`plan.read`). */
export const goalDef: FhirTypeDef = {
  type: 'Goal',
  action: () => 'plan.read',
  params: [
    patientParam('patient', (r: FhirGoal) => r.subject.reference),
    patientParam('subject', (r: FhirGoal) => r.subject.reference),
    tokenParam('lifecycle-status', 'active, or completed (met, or its plan discharged).', (r: FhirGoal) =>
      codeOf(r.lifecycleStatus),
    ),
    tokenParam('achievement-status', 'in-progress, achieved or not-achieved.', (r: FhirGoal) =>
      codesOf(r.achievementStatus),
    ),
    dateParam('target-date', 'The target date', (r: FhirGoal) => (r.target ?? []).map((t) => t.dueDate)),
  ],
  load: async (db, f) => {
    const planIds = f.ids?.map((id) => parseGoalId(id)?.planId ?? '');
    return (await carePlanSources(db, { ...f, ids: planIds })).flatMap(({ source, lastUpdated }) =>
      toFhirGoals(source).map((resource) => ({ resource, lastUpdated, patientId: source.patient_id })),
    );
  },
};
