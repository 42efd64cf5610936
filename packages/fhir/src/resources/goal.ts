import type { Goal } from '@medplum/fhirtypes';
import { SYSTEM } from './codes';
import { goalId, type CarePlanSource } from './care-plan';
import { ref } from './references';

const achievement = (code: 'in-progress' | 'achieved' | 'not-achieved', display: string) => ({
  coding: [{ system: SYSTEM.goalAchievement, code, display }],
});

/**
 * The goals of a plan's version in force, each with its target date: met ones achieved; unmet ones in progress while
 * the plan is active and not achieved once it is discharged.
 */
export function toFhirGoals(p: CarePlanSource): Goal[] {
  const active = p.status === 'active';
  return p.content.goals.map((g, i) => ({
    resourceType: 'Goal',
    id: goalId(p.id, i),
    lifecycleStatus: g.met || !active ? 'completed' : 'active',
    achievementStatus: g.met
      ? achievement('achieved', 'Achieved')
      : active
        ? achievement('in-progress', 'In Progress')
        : achievement('not-achieved', 'Not Achieved'),
    description: { text: g.goal },
    subject: ref('Patient', p.patient_id),
    startDate: p.created_at.slice(0, 10),
    target: [{ dueDate: g.targetDate }],
    expressedBy: ref('Practitioner', p.author_id),
  }));
}
