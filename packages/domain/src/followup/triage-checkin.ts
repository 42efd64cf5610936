/** Routes a post-treatment check-in to emergency advice, a same-day call, a routine review or nothing (clinical-reference CR-CHECKIN-1 to CR-CHECKIN-8). */
import { cite } from '../clinical-reference';
import { isPainScore } from '../intake';
import { checkInSymptomById, type CheckInRoute } from './checkin-symptoms';

export interface CheckInAnswers {
  /** Soreness now, 0–10. */
  soreness: number;
  /** Days the patient has been sore since treatment. */
  daysSore: number;
  /** Ids from CHECKIN_SYMPTOMS. */
  newSymptoms: string[];
}

export interface CheckInTriage {
  route: CheckInRoute;
  reasons: string[];
  /** True when the answer must reach the physician's escalation worklist. */
  alert: boolean;
}

/** Soreness at or above this is "severe" ("Severe pain isn't a typical side effect"). */
export const SEVERE_SORENESS = 7;
export const SEVERE_SORENESS_SOURCE = cite('CR-CHECKIN-6');

/** Soreness beyond this many days is not the usual 24–72 h course. */
export const SORENESS_REVIEW_DAYS = 3;
export const SORENESS_DURATION_SOURCE = cite('CR-CHECKIN-7');

const ROUTE_RANK: Record<CheckInRoute, number> = {
  none: 0,
  routine_review: 1,
  same_day_call: 2,
  emergency: 3,
};

function validate(a: CheckInAnswers): void {
  if (!isPainScore(a.soreness))
    throw new RangeError(`soreness must be an integer 0–10, got ${String(a.soreness)}`);
  if (!Number.isInteger(a.daysSore) || a.daysSore < 0) {
    throw new RangeError(`daysSore must be a whole number ≥ 0, got ${String(a.daysSore)}`);
  }
  for (const id of a.newSymptoms) {
    if (checkInSymptomById(id) === undefined) throw new RangeError(`newSymptoms: unknown symptom '${id}'`);
  }
}

/** Decides who must act on a check-in, so dangerous answers never wait in an inbox. */
export function triageCheckIn(a: CheckInAnswers): CheckInTriage {
  validate(a);
  let route: CheckInRoute = 'none';
  const reasons: string[] = [];
  const raise = (to: CheckInRoute, reason: string): void => {
    reasons.push(reason);
    if (ROUTE_RANK[to] > ROUTE_RANK[route]) route = to;
  };
  for (const id of new Set(a.newSymptoms)) {
    const symptom = checkInSymptomById(id);
    if (symptom !== undefined && symptom.route !== 'none')
      raise(symptom.route, `${symptom.label} (${symptom.source})`);
  }
  if (a.soreness >= SEVERE_SORENESS) {
    raise(
      'same_day_call',
      `Severe soreness ${a.soreness}/10: severe pain is not a typical side effect (${SEVERE_SORENESS_SOURCE})`,
    );
  }
  if (a.daysSore > SORENESS_REVIEW_DAYS) {
    raise(
      'routine_review',
      `Sore for ${a.daysSore} days, longer than the usual 1–3 days (${SORENESS_DURATION_SOURCE})`,
    );
  }
  return { route, reasons, alert: route !== 'none' };
}
