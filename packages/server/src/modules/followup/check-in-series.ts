import { randomUUID } from 'node:crypto';
import {
  hadEarlierOmtVisit,
  insertScheduledCheckIns,
  markScheduledAnswered,
  openScheduledCheckInOf,
  storedCheckInDays,
  type ScheduledCheckInRow,
  type ScheduledCheckInView,
} from '@omt/db';
import { checkInSchedule, parseCheckInDays } from '@omt/domain';
import type { ScheduledCheckIn } from '@omt/contracts';
import type { RequestContext } from '../../context';
import { enqueue } from '../../jobs/enqueue';
import { givenTreatments, type EncounterBundle } from '../encounters/load';

/** The job that mails one check-in of a series; its key (`check-in-mail:<visit>:<day>`) makes it one job. */
export interface CheckInMailJob {
  scheduledId: string;
}

/**
 * Schedules the check-ins after an OMT visit (a signed note with a treatment given), in the signing's unit of work:
 * one per clinic day, counted in the location's zone, each with its mail job due when it opens. The first check-in
 * of a patient's first OMT visit is watched: unanswered when its day ends, it goes on the worklist.
 */
export async function scheduleCheckInSeries(ctx: RequestContext, b: EncounterBundle): Promise<void> {
  if (givenTreatments(b).length === 0) return;
  const days = parseCheckInDays(await storedCheckInDays(ctx.db));
  const schedule = checkInSchedule({ visitStart: b.appointment.start_at, timeZone: b.timeZone, days });
  const first = !(await hadEarlierOmtVisit(ctx.db, b.encounter.patient_id, b.appointment.start_at));
  const rows: ScheduledCheckInRow[] = schedule.map((s, i) => ({
    id: randomUUID(),
    encounter_id: b.encounter.id,
    patient_id: b.encounter.patient_id,
    day: s.day,
    due_at: s.dueAt,
    day_ends_at: s.dayEndsAt,
    expires_at: s.expiresAt,
    watch: first && i === 0 ? 1 : 0,
    check_in_id: null,
    answered_at: null,
    mailed_at: null,
    cleared_by: null,
    cleared_at: null,
    created_at: ctx.now(),
  }));
  await insertScheduledCheckIns(ctx.db, rows);
  if (!ctx.deps.mailer) return;
  for (const row of rows) {
    const payload: CheckInMailJob = { scheduledId: row.id };
    await enqueue(ctx.deps, ctx.db, {
      kind: 'check-in-mail',
      key: `check-in-mail:${row.encounter_id}:${row.day}`,
      payload,
      runAt: row.due_at,
    });
  }
}

/** An answer to a visit's check-in takes the one open now, if any (an answer at another time stands on its own). */
export async function answerOpenCheckIn(ctx: RequestContext, encounterId: string, checkInId: string) {
  const open = await openScheduledCheckInOf(ctx.db, encounterId, ctx.now());
  if (open) await markScheduledAnswered(ctx.db, open.id, checkInId, ctx.now());
}

function stateOf(row: ScheduledCheckInView, now: string): ScheduledCheckIn['state'] {
  if (row.check_in_id) return 'answered';
  if (now < row.due_at) return 'upcoming';
  return now < row.expires_at ? 'open' : 'closed';
}

export function presentScheduled(row: ScheduledCheckInView, now: string): ScheduledCheckIn {
  return {
    id: row.id,
    encounterId: row.encounter_id,
    patientId: row.patient_id,
    patientName: `${row.given_name} ${row.family_name}`,
    day: row.day,
    visitStart: row.visit_start,
    timeZone: row.time_zone,
    locationName: row.location_name,
    providerName: row.provider_name,
    dueAt: row.due_at,
    dayEndsAt: row.day_ends_at,
    expiresAt: row.expires_at,
    state: stateOf(row, now),
    answeredAt: row.answered_at,
  };
}
