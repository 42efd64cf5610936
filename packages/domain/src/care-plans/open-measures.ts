/**
 * Which of a plan's measures the patient can still answer before the next visit. The plan's progress says what
 * the next visit collects; an answer already given for that visit closes it, and a baseline is also closed by an
 * answer given at the plan's consultation (the intake's PEG or pain rating counts as the baseline), in which case
 * a measure the plan also wants at each visit is due for the next visit instead.
 */
import type { MeasureCode } from '../outcomes';
import type { MeasureDue, MeasureTiming, PlannedMeasure } from './care-plan';

export interface GivenAnswer {
  measure: MeasureCode;
  /** The visit the answer belongs to; null for one given outside a visit. */
  appointmentId: string | null;
}

export interface OpenMeasuresInput {
  /** What the plan's progress says the next visit should collect (`planProgress().measuresDue`). */
  due: readonly MeasureDue[];
  measures: readonly PlannedMeasure[];
  /** The next visit still to come; nothing is open without one. */
  nextVisitId: string | null;
  /** The visit of the consultation the plan was made at. */
  consultationId: string;
  answers: readonly GivenAnswer[];
}

export interface OpenMeasure {
  measure: MeasureCode;
  timing: MeasureTiming;
  appointmentId: string;
}

export function openMeasures(p: OpenMeasuresInput): OpenMeasure[] {
  const next = p.nextVisitId;
  if (!next) return [];
  const answeredAt = (measure: MeasureCode, visit: string) =>
    p.answers.some((a) => a.measure === measure && a.appointmentId === visit);
  const open: OpenMeasure[] = [];
  for (const d of p.due) {
    if (answeredAt(d.measure, next)) continue;
    if (d.timing !== 'baseline' || !answeredAt(d.measure, p.consultationId)) {
      open.push({ measure: d.measure, timing: d.timing, appointmentId: next });
      continue;
    }
    const planned = p.measures.find((m) => m.measure === d.measure);
    if (planned?.due.includes('each_visit')) {
      open.push({ measure: d.measure, timing: 'each_visit', appointmentId: next });
    }
  }
  return open;
}
