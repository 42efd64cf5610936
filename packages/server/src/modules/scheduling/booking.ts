import {
  findAppointment,
  insertAppointmentWithBlocks,
  rescheduleWithBlocks,
  type BookingOutcome,
} from '@omt/db';
import type { Appointment, CreateAppointment, RescheduleAppointment } from '@omt/contracts';
import type { RequestContext } from '../../context';
import { fail } from '../../errors';
import { roomChoice } from './rooms';
import { viewAppointment } from './queries';
import { presentBooked } from './booked-answer';
import { bookingBlocks } from './blocks';
import { offerFreedSlotSafely } from '../waitlist/offers';
import { enqueueAppointmentMail } from '../notifications/appointment-mail';
import { requireEligible } from './eligibility';
import { requireOpenSlot } from './open-slot';
import { bookedRow, place, requireConsultationFirst, withBuffer, type Placement } from './placement';
import { requireActivePatient } from '../patients/registration';
import { requireVerifiedEmail } from '../../auth/email-verified';

export { requireOpenSlot } from './open-slot';
export { place, withBuffer, type Placement } from './placement';

const OVERRIDE_ROLES = ['front_desk', 'admin', 'physician'] as const;

/**
 * The rooms the visit may take, for its transaction to claim the first still free (409 no_room when none is); a
 * deliberate double booking takes a free room if there is one, and goes ahead without one if not.
 */
function roomsFor(
  ctx: RequestContext,
  pl: Placement,
  opts: { ignoreAppointmentId?: string; orNone?: boolean },
) {
  return roomChoice(ctx.db, pl.catalog, pl.locationId, pl.start, withBuffer(pl), opts);
}

function notBooked(status: string) {
  return fail.conflict('invalid_status', `cannot reschedule an appointment that is ${status}`);
}

function settleConflict(outcome: BookingOutcome): asserts outcome is Extract<BookingOutcome, { ok: true }> {
  if (outcome.ok) return;
  if (outcome.conflict === 'room')
    throw fail.conflict('no_room', 'the treatment room was just taken: choose another slot', 'start');
  if (outcome.conflict === 'provider')
    throw fail.conflict('slot_taken', 'this time has just been taken: choose another slot', 'start');
  throw fail.conflict('patient_busy', 'the patient already has an appointment at this time', 'start');
}

/** Books a slot. The slot must be open now; the database's block keys settle any race (409 slot_taken). */
export async function book(ctx: RequestContext, body: CreateAppointment): Promise<Appointment> {
  await ctx.access(body.patientId, 'appointment.write', 'appointment', null);
  requireVerifiedEmail(ctx);
  const patient = await requireActivePatient(ctx, body.patientId);
  if (body.override && !(OVERRIDE_ROLES as readonly string[]).includes(ctx.user.role)) {
    throw fail.forbidden('only staff may book over a busy provider');
  }
  const pl = await place(ctx, body);
  await requireEligible(ctx, body.patientId, pl.visitType, [pl]);
  await requireConsultationFirst(ctx, body.patientId, pl);
  if (!body.override) await requireOpenSlot(ctx, pl);
  const row = bookedRow(ctx, body.patientId, pl, body.override?.reason ?? null);
  const outcome = await insertAppointmentWithBlocks(
    ctx.db,
    row,
    bookingBlocks(pl.start, pl.end, pl.visitType.buffer_after_minutes),
    await roomsFor(ctx, pl, { orNone: body.override !== undefined }),
  );
  settleConflict(outcome);
  if (body.override) await ctx.access(body.patientId, 'appointment.write', 'appointment-override', row.id);
  await enqueueAppointmentMail(ctx.deps, row.id, 'confirmation');
  // The answer from what this request wrote and read (a new visit has no intake or note yet), not read back.
  const booked = patient && presentBooked(row, outcome.rooms[0] ?? null, patient, pl);
  return booked ?? viewAppointment(ctx, row.id);
}

/** Moves a booked visit to another open slot in one transaction; on any conflict nothing changes. */
export async function reschedule(
  ctx: RequestContext,
  id: string,
  body: RescheduleAppointment,
): Promise<Appointment> {
  const appt = await findAppointment(ctx.db, id);
  if (!appt) throw fail.notFound('appointment');
  await ctx.access(appt.patient_id, 'appointment.write', 'appointment', id);
  if (appt.status !== 'booked') throw notBooked(appt.status);
  const pl = await place(
    ctx,
    {
      visitType: appt.visit_type,
      providerId: body.providerId ?? appt.provider_id,
      locationId: body.locationId ?? appt.location_id,
      start: body.start,
    },
    { moving: true },
  );
  await requireEligible(ctx, appt.patient_id, pl.visitType, [pl]);
  await requireOpenSlot(ctx, pl, id);
  const freed = {
    visitType: appt.visit_type,
    providerId: appt.provider_id,
    locationId: appt.location_id,
    start: appt.start_at,
    end: appt.end_at,
  };
  const outcome = await rescheduleWithBlocks(
    ctx.db,
    appt,
    {
      start_at: pl.start,
      end_at: pl.end,
      provider_id: pl.providerId,
      location_id: pl.locationId,
      room_id: null,
    },
    bookingBlocks(pl.start, pl.end, pl.visitType.buffer_after_minutes),
    await roomsFor(ctx, pl, { ignoreAppointmentId: id }),
  );
  // Cancelled (or otherwise ended) after it was read above: the transaction found it so and moved nothing.
  if (!outcome.ok && outcome.conflict === 'status')
    throw notBooked((await findAppointment(ctx.db, id))?.status ?? 'gone');
  settleConflict(outcome);
  await enqueueAppointmentMail(ctx.deps, id, 'confirmation');
  await offerFreedSlotSafely(ctx.deps, freed);
  return viewAppointment(ctx, id);
}
