import { localDateTime } from './zoned-time';

/** Why an encounter may not be opened or signed now; null when it may. */
export interface VisitTimingProblem<Code extends string> {
  code: Code;
  message: string;
}

export interface VisitTiming {
  /** The visit's start, stored UTC. */
  start: string;
  /** The location's IANA zone: the visit's day is its date there. */
  timeZone: string;
  /** The appointment's status (booked, checked_in, completed, ...). */
  status: string;
}

/** An encounter opens only on the visit's day, as the location's clock counts days. */
export function openEncounterProblem(
  visit: VisitTiming,
  now: string,
): VisitTimingProblem<'encounter_not_visit_day'> | null {
  const day = localDateTime(visit.start, visit.timeZone).date;
  const today = localDateTime(now, visit.timeZone).date;
  if (day === today) return null;
  return {
    code: 'encounter_not_visit_day',
    message: `the encounter opens on the day of the visit (${day}, ${visit.timeZone}); today there is ${today}`,
  };
}

/** A note is signed only once the visit has started and the patient was checked in, so no note predates its visit. */
export function signingTimingProblem(
  visit: VisitTiming,
  now: string,
): VisitTimingProblem<'visit_not_started' | 'patient_not_checked_in'> | null {
  if (Date.parse(now) < Date.parse(visit.start)) {
    const at = localDateTime(visit.start, visit.timeZone);
    return {
      code: 'visit_not_started',
      message: `the visit has not started yet (it starts ${at.date} ${at.time}, ${visit.timeZone}); sign once it has`,
    };
  }
  if (visit.status !== 'checked_in' && visit.status !== 'completed') {
    return {
      code: 'patient_not_checked_in',
      message: `the patient is not checked in (the appointment is ${visit.status.replaceAll('_', ' ')}); check them in before signing`,
    };
  }
  return null;
}
