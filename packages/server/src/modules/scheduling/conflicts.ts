import {
  countScheduleConflicts,
  findAppointment,
  withdrawHeldOffer,
  findStaffUser,
  listClosures,
  listScheduleConflicts,
  listTimeOff,
  listUpcomingVisits,
  type AppointmentView,
} from '@omt/db';
import { conflictReasons } from '@omt/domain';
import type {
  Appointment,
  BookedVisitsPreview,
  CreateClosure,
  CreateTimeOff,
  ScheduleConflictList,
} from '@omt/contracts';
import type { RequestContext } from '../../context';
import { fail } from '../../errors';
import { STAFF_ROLES } from '../../auth/policy';
import { presentAppointment } from './presenter';
import { locatedClosure } from './exceptions';
import { timeOffPeriod } from './time-off';
import { viewAppointment } from './queries';
import { enqueueAppointmentMail } from '../notifications/appointment-mail';

function requireStaffRole(ctx: RequestContext): void {
  if (!STAFF_ROLES.includes(ctx.user.role)) throw fail.forbidden();
}

/** Reads the visits' patients' appointments through the audited gate. */
async function presentAudited(ctx: RequestContext, rows: AppointmentView[], resourceType: string) {
  if (rows.length)
    await ctx.accessEach(
      rows.map((r) => ({ patientId: r.patient_id, resourceId: r.id })),
      'appointment.read',
      resourceType,
    );
  return rows.map(presentAppointment);
}

/**
 * Every upcoming visit still booked (or held) on a closed day, in its provider's time off, with a provider no
 * longer active or outside working hours changed since, with the reasons, for the desk to move or cancel; adding a
 * closure or changing hours never cancels anything itself.
 */
export async function scheduleConflicts(ctx: RequestContext): Promise<ScheduleConflictList> {
  requireStaffRole(ctx);
  const rows = await listScheduleConflicts(ctx.db, ctx.now());
  if (!rows.length) return { items: [] };
  const from = rows[0]?.start_at ?? ctx.now();
  const to = rows.reduce((max, r) => (r.end_at > max ? r.end_at : max), from);
  const [closures, timeOff] = await Promise.all([
    listClosures(ctx.db, [...new Set(rows.map((r) => r.location_id))], from, to),
    listTimeOff(ctx.db, [...new Set(rows.map((r) => r.provider_id))], from, to),
  ]);
  const appointments = await presentAudited(ctx, rows, 'schedule-conflicts');
  return {
    items: rows.map((r, i) => ({
      appointment: appointments[i] as (typeof appointments)[number],
      reasons: conflictReasons(r, {
        closures: closures.filter((c) => c.location_id === r.location_id),
        timeOff: timeOff.filter((t) => t.provider_id === r.provider_id),
        providerActive: r.provider_status !== 'deactivated',
        outsideHours: Boolean(r.outside_hours),
      }).map((c) =>
        c.kind === 'closure' || c.kind === 'time_off'
          ? { kind: c.kind, id: c.id, reason: c.reason }
          : { kind: c.kind, id: null, reason: null },
      ),
    })),
  };
}

/** How many visits are to rebook: a count for the desk's badge, no patient data (and so no audit row). */
export async function scheduleConflictCount(ctx: RequestContext): Promise<{ count: number }> {
  requireStaffRole(ctx);
  return { count: await countScheduleConflicts(ctx.db, ctx.now()) };
}

/** The upcoming visits a closure would cover, before it is saved (nothing is saved). */
export async function previewClosure(
  ctx: RequestContext,
  locationId: string,
  body: CreateClosure,
): Promise<BookedVisitsPreview> {
  ctx.requireRole('admin');
  const { start, end } = await locatedClosure(ctx, locationId, body);
  const rows = await listUpcomingVisits(ctx.db, { now: ctx.now(), locationId, from: start, to: end });
  return { start, end, appointments: await presentAudited(ctx, rows, 'closure-preview') };
}

/** The upcoming visits time off would cover, before it is saved (nothing is saved). */
export async function previewTimeOff(
  ctx: RequestContext,
  providerId: string,
  body: CreateTimeOff,
): Promise<BookedVisitsPreview> {
  const { start, end } = await timeOffPeriod(ctx, providerId, body);
  const rows = await listUpcomingVisits(ctx.db, { now: ctx.now(), providerId, from: start, to: end });
  return { start, end, appointments: await presentAudited(ctx, rows, 'time-off-preview') };
}

/** A provider's upcoming visits, which deactivating them would leave to rebook (admin). */
export async function previewDeactivation(ctx: RequestContext, userId: string): Promise<BookedVisitsPreview> {
  ctx.requireRole('admin');
  if (!(await findStaffUser(ctx.db, userId))) throw fail.notFound('staff member');
  const rows = await listUpcomingVisits(ctx.db, { now: ctx.now(), providerId: userId });
  return { start: null, end: null, appointments: await presentAudited(ctx, rows, 'deactivation-preview') };
}

/** Withdraws a waitlist offer (a held visit) the clinic cannot keep; the patient stays on the waitlist and is mailed. */
export async function withdrawOffer(ctx: RequestContext, id: string): Promise<Appointment> {
  const row = await findAppointment(ctx.db, id);
  if (!row) throw fail.notFound('appointment');
  await ctx.access(row.patient_id, 'appointment.write', 'appointment', id);
  const notOffered = (status: string) =>
    fail.conflict('invalid_status', `only a waitlist offer can be withdrawn; this visit is ${status}`);
  if (row.status !== 'held') throw notOffered(row.status);
  if (!(await withdrawHeldOffer(ctx.db, id, ctx.now())))
    throw notOffered((await findAppointment(ctx.db, id))?.status ?? 'gone');
  await enqueueAppointmentMail(ctx.deps, id, 'cancellation');
  return viewAppointment(ctx, id);
}
