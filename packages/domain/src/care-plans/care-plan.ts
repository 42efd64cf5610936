/**
 * Plans of care: what a plan holds and how far it has come. Pure: the server stores versions and visits, this
 * works out visits done and planned, goals met, and which measures the next visit is due to collect.
 */
import type { MeasureCode } from '../outcomes';

export const DISCHARGE_REASONS = ['goals_met', 'plateau', 'referred', 'patient_choice'] as const;
export type DischargeReason = (typeof DISCHARGE_REASONS)[number];

export const MEASURE_TIMINGS = ['baseline', 'each_visit', 're_evaluation'] as const;
export type MeasureTiming = (typeof MEASURE_TIMINGS)[number];

export interface PlanGoal {
  goal: string;
  targetDate: string;
  met: boolean;
}

export interface PlannedMeasure {
  measure: MeasureCode;
  due: readonly MeasureTiming[];
}

export interface PlanVisit {
  /** YYYY-MM-DD in the location's zone. */
  day: string;
  /** The visit took place (completed, or its note signed). */
  done: boolean;
  /** Cancelled or missed visits do not count toward the plan. */
  counts: boolean;
}

export interface PlanProgressInput {
  goals: readonly PlanGoal[];
  plannedVisits: number;
  measures: readonly PlannedMeasure[];
  reEvaluationDate: string;
  visits: readonly PlanVisit[];
  /** YYYY-MM-DD. */
  today: string;
}

export interface MeasureDue {
  measure: MeasureCode;
  timing: MeasureTiming;
}

export interface PlanProgress {
  visitsPlanned: number;
  visitsBooked: number;
  visitsDone: number;
  goalsMet: number;
  goalsTotal: number;
  /** The day of the next visit still to come, or null. */
  nextVisitDay: string | null;
  /** What the next visit should collect: baseline until a visit is done, each-visit measures, and the
   * re-evaluation measures once the next visit falls on or after the re-evaluation date. */
  measuresDue: MeasureDue[];
  reEvaluationDue: boolean;
}

export function planProgress(p: PlanProgressInput): PlanProgress {
  const counted = p.visits.filter((v) => v.counts);
  const visitsDone = counted.filter((v) => v.done).length;
  const next = counted
    .filter((v) => !v.done && v.day >= p.today)
    .sort((a, b) => a.day.localeCompare(b.day))[0];
  const nextDay = next?.day ?? null;
  const reEvaluationDue = (nextDay ?? p.today) >= p.reEvaluationDate;
  const measuresDue: MeasureDue[] = [];
  for (const m of p.measures) {
    const timing: MeasureTiming | undefined =
      visitsDone === 0 && m.due.includes('baseline')
        ? 'baseline'
        : reEvaluationDue && m.due.includes('re_evaluation')
          ? 're_evaluation'
          : m.due.includes('each_visit')
            ? 'each_visit'
            : undefined;
    if (timing) measuresDue.push({ measure: m.measure, timing });
  }
  return {
    visitsPlanned: p.plannedVisits,
    visitsBooked: counted.length,
    visitsDone,
    goalsMet: p.goals.filter((g) => g.met).length,
    goalsTotal: p.goals.length,
    nextVisitDay: nextDay,
    measuresDue,
    reEvaluationDue,
  };
}
