import { cancelAppointmentRow, findAppointment, setAppointmentStatus } from '@omt/db';
import type { Appointment, CancelAppointment } from '@omt/contracts';
import type { RequestContext } from '../../context';
import { fail } from '../../errors';
import { viewAppointment } from './queries';
import { sendAppointmentMailLater } from '../notifications/appointment-mail';
import { offerFreedSlotSafely } from '../waitlist/offers';

async function liveAppointment(ctx: RequestContext, id: string, verb: string) {
  const row = await findAppointment(ctx.db, id);
  if (!row) throw fail.notFound('appointment');
  await ctx.access(row.patient_id, 'appointment.write', 'appointment', id);
  if (row.status !== 'booked' && row.status !== 'checked_in') {
    throw fail.conflict('invalid_status', `cannot ${verb} an appointment that is ${row.status}`);
  }
  return row;
}

/** Cancels with a reason; the time is free again at once, and a late cancellation is flagged by clinic policy. */
export async function cancel(ctx: RequestContext, id: string, body: CancelAppointment): Promise<Appointment> {
  const row = await liveAppointment(ctx, id, 'cancel');
  const hoursBefore = (Date.parse(row.start_at) - Date.parse(ctx.now())) / 3_600_000;
  await cancelAppointmentRow(ctx.db, id, {
    cancel_reason: body.reason,
    cancelled_at: ctx.now(),
    late_cancel: hoursBefore < ctx.deps.config.lateCancelHours ? 1 : 0, // clinic policy (LATE_CANCEL_HOURS)
  });
  sendAppointmentMailLater(ctx.deps, id, 'cancellation');
  await offerFreedSlotSafely(ctx.deps, {
    visitType: row.visit_type,
    providerId: row.provider_id,
    locationId: row.location_id,
    start: row.start_at,
    end: row.end_at,
  });
  return viewAppointment(ctx, id);
}

/** Front desk marks the patient as arrived. */
export async function checkIn(ctx: RequestContext, id: string): Promise<Appointment> {
  ctx.requireRole('front_desk', 'admin', 'physician', 'resident');
  const row = await liveAppointment(ctx, id, 'check in');
  if (row.status !== 'booked')
    throw fail.conflict('invalid_status', `cannot check in an appointment that is ${row.status}`);
  await setAppointmentStatus(ctx.db, id, 'checked_in');
  return viewAppointment(ctx, id);
}

/** Front desk records a missed visit once its start has passed. */
export async function noShow(ctx: RequestContext, id: string): Promise<Appointment> {
  ctx.requireRole('front_desk', 'admin', 'physician', 'resident');
  const row = await liveAppointment(ctx, id, 'mark as no-show');
  if (row.start_at > ctx.now())
    throw fail.conflict('too_early', 'a visit can be marked as missed only after its start');
  await setAppointmentStatus(ctx.db, id, 'no_show');
  return viewAppointment(ctx, id);
}
