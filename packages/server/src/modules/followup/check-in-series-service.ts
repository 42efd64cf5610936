import {
  clearUnansweredWatched,
  findEncounter,
  findScheduledCheckIn,
  listOpenScheduledCheckIns,
  listScheduledCheckInsOfEncounter,
  listUnansweredWatched,
  saveCheckInDays as saveDays,
  storedCheckInDays,
  unansweredWatchedIds,
  type Database,
  type ScheduledCheckInView,
} from '@omt/db';
import { checkInDaysProblem, parseCheckInDays } from '@omt/domain';
import type { CheckInDays, ScheduledCheckIn } from '@omt/contracts';
import type { RequestContext } from '../../context';
import { fail } from '../../errors';
import { CLINICIAN_ROLES } from '../../auth/policy';
import { auditSetup } from '../catalog/audit';
import { alreadyAcknowledged } from '../worklists/acknowledgement';
import { presentScheduled } from './check-in-series';

async function readEach(ctx: RequestContext, rows: ScheduledCheckInView[]): Promise<ScheduledCheckIn[]> {
  if (rows.length) {
    await ctx.accessEach(
      rows.map((r) => ({ patientId: r.patient_id, resourceId: r.id })),
      'checkin.read',
      'scheduled-check-in',
    );
  }
  return rows.map((r) => presentScheduled(r, ctx.now()));
}

/** The check-ins open now for the patients a login acts for (itself and its children). */
export async function openCheckIns(ctx: RequestContext): Promise<ScheduledCheckIn[]> {
  ctx.requireRole('patient');
  return readEach(ctx, await listOpenScheduledCheckIns(ctx.db, ctx.user.patientIds, ctx.now()));
}

/** A visit's series, each with its state (upcoming, open, answered, closed). */
export async function checkInSeries(ctx: RequestContext, encounterId: string): Promise<ScheduledCheckIn[]> {
  const encounter = await findEncounter(ctx.db, encounterId);
  if (!encounter) throw fail.notFound('encounter');
  await ctx.access(encounter.patient_id, 'checkin.read', 'check-in-series', encounterId);
  const rows = await listScheduledCheckInsOfEncounter(ctx.db, encounterId);
  return rows.map((r) => presentScheduled(r, ctx.now()));
}

/** Watched first check-ins unanswered at their day's end, for every clinician (clinic-wide), each read audited. */
export async function unansweredCheckIns(ctx: RequestContext): Promise<ScheduledCheckIn[]> {
  return readEach(ctx, await listUnansweredWatched(ctx.db, ctx.now()));
}

/** The worklist stamp's part for them: ids only. */
export async function unansweredCheckInKeys(db: Database, now: string): Promise<string[]> {
  return (await unansweredWatchedIds(db, now)).map((id) => `unanswered:${id}`);
}

/** Any clinician clears an unanswered check-in from the worklist (audited); the first clearing stands. */
export async function clearUnansweredCheckIn(ctx: RequestContext, id: string): Promise<ScheduledCheckIn> {
  ctx.requireRole(...CLINICIAN_ROLES);
  const row = await findScheduledCheckIn(ctx.db, id);
  if (!row) throw fail.notFound('check-in');
  await ctx.access(row.patient_id, 'clinical.write', 'scheduled-check-in', id, 'cleared from the worklist');
  if (row.watch !== 1 || row.day_ends_at > ctx.now()) {
    throw fail.conflict(
      'invalid_status',
      'this check-in is not on the worklist: only an unanswered one is cleared',
    );
  }
  if (!(await clearUnansweredWatched(ctx.db, id, ctx.user.id, ctx.now()))) throw alreadyAcknowledged(null);
  // The clearing sets only cleared_*, which presentScheduled does not show: the row read above stands.
  return presentScheduled(row, ctx.now());
}

export async function checkInDays(ctx: RequestContext): Promise<CheckInDays> {
  ctx.requireRole('admin', 'physician', 'resident', 'front_desk');
  return { days: parseCheckInDays(await storedCheckInDays(ctx.db)) };
}

/** The admin sets the days; visits signed from then on use them (series already scheduled stay as they were). */
export async function saveCheckInDays(ctx: RequestContext, body: CheckInDays): Promise<CheckInDays> {
  ctx.requireRole('admin');
  const problem = checkInDaysProblem(body.days);
  if (problem) throw fail.invalid('days', problem);
  await auditSetup(
    ctx,
    'settings.check_in_days',
    'clinic_profile',
    '1',
    `check-in days ${body.days.join(', ')}`,
  );
  await saveDays(ctx.db, body.days.join(','));
  return { days: body.days };
}
