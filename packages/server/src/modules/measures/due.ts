/** What each active plan of the patient has due before its next visit, worked out by the domain. */
import {
  encounterTimeZone,
  findEncounter,
  listCarePlans,
  listCarePlanVersions,
  listCarePlanVisits,
  type Database,
} from '@omt/db';
import type { CarePlanContent, MeasureDueItem, MeasureResponse } from '@omt/contracts';
import {
  MEASURES,
  openMeasures,
  planProgress,
  type LicensedMeasureCode,
  type MeasureCode,
} from '@omt/domain';
import { localDay, toPlanVisits } from '../care-plans/presenter';
import { licensedQuestionnaireFor } from '../outcomes/licensed-questionnaires';

/**
 * Whether a measure can be answered online: public-domain measures ship their items; a licensed one once the clinic
 * has loaded its licensed Questionnaire (slice of the outcomes module).
 */
export async function answerableOnline(db: Database, measure: MeasureCode): Promise<boolean> {
  if (!MEASURES[measure].licensed) return true;
  return (await licensedQuestionnaireFor(db, measure as LicensedMeasureCode)) !== null;
}

export interface PlanVisitMarker {
  appointmentId: string;
  start: string;
  done: boolean;
}

export async function measuresDue(
  db: Database,
  patientId: string,
  now: string,
  answers: readonly MeasureResponse[],
): Promise<{ due: MeasureDueItem[]; visits: PlanVisitMarker[] }> {
  const plans = (await listCarePlans(db, patientId)).filter((p) => p.status === 'active');
  const due: MeasureDueItem[] = [];
  const visits: PlanVisitMarker[] = [];
  for (const plan of plans) {
    const [versions, rows, encounter, zone] = await Promise.all([
      listCarePlanVersions(db, plan.id),
      listCarePlanVisits(db, plan.id),
      findEncounter(db, plan.encounter_id),
      encounterTimeZone(db, plan.encounter_id),
    ]);
    const current = versions.find((v) => v.version === plan.current_version);
    if (!current || !encounter) continue;
    const content = JSON.parse(current.content_json) as CarePlanContent;
    const planVisits = toPlanVisits(rows);
    const today = localDay(now, zone ?? 'UTC');
    const progress = planProgress({
      goals: content.goals,
      plannedVisits: content.visits,
      measures: content.measures,
      reEvaluationDate: content.reEvaluationDate,
      visits: planVisits,
      today,
    });
    const next = planVisits.find((v) => v.counts && !v.done && v.day === progress.nextVisitDay) ?? null;
    const open = openMeasures({
      due: progress.measuresDue,
      measures: content.measures,
      nextVisitId: next?.id ?? null,
      consultationId: encounter.appointment_id,
      answers,
    });
    for (const o of open) {
      due.push({
        planId: plan.id,
        measure: o.measure,
        name: MEASURES[o.measure].name,
        timing: o.timing,
        appointmentId: o.appointmentId,
        visitStart: next?.start ?? '',
        online: await answerableOnline(db, o.measure),
      });
    }
    for (const v of planVisits)
      if (v.counts) visits.push({ appointmentId: v.id, start: v.start, done: v.done });
  }
  return { due, visits };
}
