/** The plan form's draft (strings, as typed) and the request body built from it; the server checks the rules. */
import type { CarePlanContent } from '@omt/contracts';
import { MEASURE_CODES, type MeasureCode, type MeasureTiming } from '@omt/domain';

export interface GoalDraft {
  goal: string;
  targetDate: string;
  met: boolean;
}

export interface PlanDraft {
  diagnoses: string;
  goals: GoalDraft[];
  everyWeeks: string;
  visits: string;
  techniques: string[];
  measures: Record<MeasureCode, MeasureTiming[]>;
  reEvaluationDate: string;
}

const noMeasures = () =>
  Object.fromEntries(MEASURE_CODES.map((m) => [m, [] as MeasureTiming[]])) as Record<
    MeasureCode,
    MeasureTiming[]
  >;

export function newDraft(diagnoses: readonly string[]): PlanDraft {
  return {
    diagnoses: diagnoses.join(', '),
    goals: [{ goal: '', targetDate: '', met: false }],
    everyWeeks: '1',
    visits: '6',
    techniques: [],
    measures: { ...noMeasures(), nrs: ['baseline', 'each_visit'] },
    reEvaluationDate: '',
  };
}

export function draftOf(c: CarePlanContent): PlanDraft {
  const measures = noMeasures();
  for (const m of c.measures) measures[m.measure] = [...m.due];
  return {
    diagnoses: c.diagnoses.join(', '),
    goals: c.goals.map((g) => ({ goal: g.goal, targetDate: g.targetDate, met: g.met })),
    everyWeeks: String(c.everyWeeks),
    visits: String(c.visits),
    techniques: [...c.techniques],
    measures,
    reEvaluationDate: c.reEvaluationDate,
  };
}

/** A whole number as typed, or the text itself so the server names the rule. */
const whole = (s: string) => (/^\s*\d+\s*$/.test(s) ? Number(s) : s);

export function bodyOf(d: PlanDraft) {
  return {
    diagnoses: d.diagnoses
      .split(/[,\s]+/)
      .map((s) => s.trim())
      .filter(Boolean),
    goals: d.goals,
    everyWeeks: whole(d.everyWeeks),
    visits: whole(d.visits),
    techniques: d.techniques,
    measures: MEASURE_CODES.filter((m) => d.measures[m].length > 0).map((m) => ({
      measure: m,
      due: d.measures[m],
    })),
    reEvaluationDate: d.reEvaluationDate,
  } as unknown as CarePlanContent;
}
