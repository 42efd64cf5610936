import {
  cancelAppointmentRow,
  closeAppointment,
  findAppointment,
  hasSignedNote,
  setAppointmentStatus,
  undoCheckInRow,
} from '@omt/db';
import type { Appointment, CancelAppointment } from '@omt/contracts';
import type { RequestContext } from '../../context';
import { fail } from '../../errors';
import { viewAppointment } from './queries';
import { enqueueAppointmentMail } from '../notifications/appointment-mail';
import { offerFreedSlotSafely } from '../waitlist/offers';

/** Statuses a visit can be cancelled, checked in or marked missed from (a waitlist hold is the waitlist's). */
const LIVE = ['booked', 'checked_in'];

/** A visit's status as the refusal says it. */
const STATUS_WORDS: Record<string, string> = {
  held: 'held for the waitlist',
  booked: 'booked',
  checked_in: 'checked in',
  completed: 'completed',
  cancelled: 'cancelled',
  no_show: 'marked as a no-show',
  gone: 'no longer on the calendar',
};

/** What cannot be done, as the end of "This visit is …, so …" (keyed by the change's verb). */
const CANNOT: Record<string, string> = {
  cancel: 'it cannot be cancelled',
  'check in': 'it cannot be checked in',
  'mark as no-show': 'it cannot be marked as a no-show',
  'undo the check-in of': 'its check-in cannot be undone',
};

function invalidStatus(verb: string, status: string) {
  const what = STATUS_WORDS[status] ?? status.replace(/_/g, ' ');
  return fail.conflict('invalid_status', `This visit is ${what}, so ${CANNOT[verb] ?? `it cannot ${verb}`}.`);
}

async function liveAppointment(ctx: RequestContext, id: string, verb: string) {
  const row = await findAppointment(ctx.db, id);
  if (!row) throw fail.notFound('appointment');
  await ctx.access(row.patient_id, 'appointment.write', 'appointment', id);
  if (!LIVE.includes(row.status)) throw invalidStatus(verb, row.status);
  return row;
}

/** The 409 for a change that found the visit changed meanwhile (its transaction checked and changed nothing). */
async function changedMeanwhile(ctx: RequestContext, id: string, verb: string) {
  return invalidStatus(verb, (await findAppointment(ctx.db, id))?.status ?? 'gone');
}

/** Clinic policy (LATE_CANCEL_HOURS): a cancellation less than that many hours before the start is late. */
function isLate(ctx: RequestContext, start: string): boolean {
  return (Date.parse(start) - Date.parse(ctx.now())) / 3_600_000 < ctx.deps.config.lateCancelHours;
}

/** Cancels with a reason; the time is free again at once, and a late cancellation is flagged by clinic policy. */
export async function cancel(ctx: RequestContext, id: string, body: CancelAppointment): Promise<Appointment> {
  await liveAppointment(ctx, id, 'cancel');
  // The status is checked again, and the late flag worked out, on the row as the cancelling transaction sees it.
  const row = await cancelAppointmentRow(
    ctx.db,
    id,
    (current) => ({
      cancel_reason: body.reason,
      cancelled_at: ctx.now(),
      late_cancel: isLate(ctx, current.start_at) ? 1 : 0,
    }),
    LIVE,
  );
  if (!row) throw await changedMeanwhile(ctx, id, 'cancel');
  await enqueueAppointmentMail(ctx.deps, id, 'cancellation');
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
  if (row.status !== 'booked') throw invalidStatus('check in', row.status);
  if (!(await setAppointmentStatus(ctx.db, id, 'checked_in', ['booked'])))
    throw await changedMeanwhile(ctx, id, 'check in');
  return viewAppointment(ctx, id);
}

/** Front desk records a missed visit once its start has passed; like a cancellation, it frees the time. */
export async function noShow(ctx: RequestContext, id: string): Promise<Appointment> {
  ctx.requireRole('front_desk', 'admin', 'physician', 'resident');
  const row = await liveAppointment(ctx, id, 'mark as no-show');
  if (row.start_at > ctx.now())
    throw fail.conflict('too_early', 'A visit can be marked as a no-show only once its start time has passed.');
  if (!(await closeAppointment(ctx.db, id, LIVE, () => ({ status: 'no_show' }))))
    throw await changedMeanwhile(ctx, id, 'mark as no-show');
  return viewAppointment(ctx, id);
}

function noteSigned() {
  return fail.conflict('note_signed', 'The visit’s note is signed, so the check-in can no longer be undone.');
}

/**
 * Front desk takes back a check-in made by mistake: the visit is booked again. Only while no note of it is
 * signed; the change is one conditional statement under the visit's locks, so a racing no-show, cancellation or
 * signature wins cleanly.
 */
export async function undoCheckIn(ctx: RequestContext, id: string): Promise<Appointment> {
  ctx.requireRole('front_desk', 'admin', 'physician', 'resident');
  const row = await findAppointment(ctx.db, id);
  if (!row) throw fail.notFound('appointment');
  await ctx.access(row.patient_id, 'appointment.write', 'appointment', id, 'undo check-in');
  if (await hasSignedNote(ctx.db, id)) throw noteSigned();
  if (row.status !== 'checked_in') throw invalidStatus('undo the check-in of', row.status);
  if (!(await undoCheckInRow(ctx.db, id))) {
    if (await hasSignedNote(ctx.db, id)) throw noteSigned();
    throw await changedMeanwhile(ctx, id, 'undo the check-in of');
  }
  return viewAppointment(ctx, id);
}
