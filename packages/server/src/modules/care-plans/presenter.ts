/** A stored plan, its versions and visits as the API shows them, with its progress worked out by the domain. */
import type { CarePlanRow, CarePlanVersionRow, CarePlanVisitRow } from './rows';
import type { CarePlan, CarePlanContent } from '@omt/contracts';
import { MEASURES, planProgress, type DischargeReason } from '@omt/domain';

/** YYYY-MM-DD of an instant on the location's clock. */
export function localDay(instant: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(instant));
}

function presentVersion(v: CarePlanVersionRow) {
  return {
    version: v.version,
    kind: v.kind as 'created' | 'revised' | 're_evaluated',
    recordedAt: v.recorded_at,
    authorName: v.author_name,
    awaitingCosign: v.awaiting_cosign === 1,
    cosignerName: v.cosigner_name,
    content: JSON.parse(v.content_json) as CarePlanContent,
  };
}

const VISIT_DONE = new Set(['completed']);
const VISIT_NOT_COUNTED = new Set(['cancelled', 'no_show']);

/** The plan's visits as the domain counts them: done once completed or its note signed; cancelled or missed ones do not count. */
export function toPlanVisits(visits: readonly CarePlanVisitRow[]) {
  return visits.map((v) => ({
    id: v.id,
    start: v.start_at,
    day: localDay(v.start_at, v.time_zone),
    done: VISIT_DONE.has(v.status) || v.encounter_status === 'signed',
    counts: !VISIT_NOT_COUNTED.has(v.status),
  }));
}

export function presentCarePlan(
  plan: CarePlanRow,
  versions: readonly CarePlanVersionRow[],
  visits: readonly CarePlanVisitRow[],
  today: string,
  viewerId: string,
): CarePlan {
  const current = versions.find((v) => v.version === plan.current_version) ?? versions[versions.length - 1]!;
  const shown = presentVersion(current);
  const c = shown.content;
  const progress = planProgress({
    goals: c.goals,
    plannedVisits: c.visits,
    measures: c.measures,
    reEvaluationDate: c.reEvaluationDate,
    today,
    visits: toPlanVisits(visits),
  });
  return {
    id: plan.id,
    patientId: plan.patient_id,
    encounterId: plan.encounter_id,
    status: plan.status as 'active' | 'discharged',
    version: plan.current_version,
    current: shown,
    canCosign: shown.awaitingCosign && current.author_supervisor_id === viewerId,
    versions: versions.map(presentVersion),
    discharge:
      plan.status === 'discharged'
        ? {
            reason: plan.discharge_reason as DischargeReason,
            summary: plan.discharge_summary ?? '',
            at: plan.discharged_at ?? '',
            byName: plan.discharged_by_name ?? '',
          }
        : null,
    progress: {
      ...progress,
      measuresDue: progress.measuresDue.map((m) => ({ ...m, name: MEASURES[m.measure].name })),
    },
    visits: visits.map((v) => ({ appointmentId: v.id, start: v.start_at, status: v.status })),
  };
}
