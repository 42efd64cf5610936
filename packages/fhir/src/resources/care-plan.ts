import type { CarePlan, CarePlanActivity } from '@medplum/fhirtypes';
import { isTechniqueId, techniqueById } from '@omt/domain';
import { SYSTEM } from './codes';
import { ref } from './references';

/** What a version of a plan of care holds (the contracts' CarePlanContent, as stored). */
export interface PlanContent {
  diagnoses: string[];
  goals: { goal: string; targetDate: string; met?: boolean }[];
  everyWeeks: number;
  visits: number;
  techniques: string[];
  reEvaluationDate: string;
}

/** A plan of care with its version in force (migration 0036) and the visits booked for it. */
export interface CarePlanSource {
  id: string;
  patient_id: string;
  encounter_id: string;
  /** 'active' or 'discharged'. */
  status: string;
  created_at: string;
  discharged_at: string | null;
  author_id: string;
  content: PlanContent;
  appointment_ids: string[];
}

/** A goal of a plan is `<plan id>.<its place in the plan, from 1>`. */
export const goalId = (planId: string, index: number) => `${planId}.${index + 1}`;

/** The plan and the goal's index of a Goal id; null when it is not one of ours. */
export function parseGoalId(id: string): { planId: string; index: number } | null {
  const m = /^(.+)\.(\d{1,2})$/.exec(id);
  return m ? { planId: m[1]!, index: Number(m[2]) - 1 } : null;
}

const techniqueName = (id: string) => (isTechniqueId(id) ? techniqueById(id).name : id);

/**
 * The plan of care: a series of OMT visits (every N weeks × M visits, the diagnoses as ICD-10-CM reasons), its
 * goals, the visits booked for it; completed once discharged.
 */
export function toFhirCarePlan(p: CarePlanSource): CarePlan {
  const c = p.content;
  const active = p.status === 'active';
  const series: CarePlanActivity = {
    detail: {
      kind: 'Appointment',
      reasonCode: c.diagnoses.map((code) => ({ coding: [{ system: SYSTEM.icd10cm, code }] })),
      status: active ? 'in-progress' : 'completed',
      scheduledTiming: { repeat: { count: c.visits, period: c.everyWeeks, periodUnit: 'wk' } },
      description: c.techniques.length
        ? `Osteopathic manipulative treatment: ${c.techniques.map(techniqueName).join(', ')}`
        : 'Osteopathic manipulative treatment',
    },
  };
  return {
    resourceType: 'CarePlan',
    id: p.id,
    status: active ? 'active' : 'completed',
    intent: 'plan',
    title: 'Plan of care',
    description: `${c.visits} visits, every ${c.everyWeeks === 1 ? 'week' : `${c.everyWeeks} weeks`}; re-evaluation by ${c.reEvaluationDate}.`,
    subject: ref('Patient', p.patient_id),
    encounter: ref('Encounter', p.encounter_id),
    period: { start: p.created_at, ...(p.discharged_at ? { end: p.discharged_at } : {}) },
    created: p.created_at,
    author: ref('Practitioner', p.author_id),
    goal: c.goals.map((_, i) => ref('Goal', goalId(p.id, i))),
    activity: [series, ...p.appointment_ids.map((id) => ({ reference: ref('Appointment', id) }))],
  };
}
