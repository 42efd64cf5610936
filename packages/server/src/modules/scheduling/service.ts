import { randomUUID } from 'node:crypto';
import {
  findAppointment,
  findLocation,
  findUserById,
  findVisitType,
  hasConsultationBefore,
  insertAppointmentWithBlocks,
  listAppointmentViews,
  setAppointmentStatus,
  type AppointmentFilter,
} from '@omt/db';
import { slotBlocks } from '@omt/domain';
import type {
  Appointment,
  AppointmentListQuery,
  AvailabilityQuery,
  CreateAppointment,
  Slot,
} from '@omt/contracts';
import type { RequestContext } from '../../context';
import { fail } from '../../errors';
import { normalizeInstant } from '../../clock';
import { STAFF_ROLES } from '../../auth/policy';
import { searchSlots, validateRange } from './availability';
import { presentAppointment } from './presenter';

export const BLOCK_MINUTES = 15;

/** Open slots for a visit type, honouring hours, bookings and notice. */
export async function availability(ctx: RequestContext, q: AvailabilityQuery): Promise<Slot[]> {
  const visitType = await findVisitType(ctx.db, q.visitType);
  if (!visitType) throw fail.invalid('visitType', `unknown visit type "${q.visitType}"`);
  const range = validateRange(q);
  return searchSlots(ctx.db, {
    durationMinutes: visitType.duration_minutes,
    ...range,
    notBefore: ctx.now(),
    ...(q.provider ? { providerIds: [q.provider] } : {}),
    ...(q.location ? { locationIds: [q.location] } : {}),
  });
}

/** One appointment as presented, after the audited access check. */
export async function getAppointment(ctx: RequestContext, id: string): Promise<Appointment> {
  const row = await findAppointment(ctx.db, id);
  if (!row) throw fail.notFound('appointment');
  await ctx.access(row.patient_id, 'appointment.read', 'appointment', id);
  const [view] = await listAppointmentViews(ctx.db, { ids: [id] });
  if (!view) throw fail.notFound('appointment');
  return presentAppointment(view);
}

/** Books a slot. The slot must be open now; the database's block keys settle any race (409 slot_taken). */
export async function book(ctx: RequestContext, body: CreateAppointment): Promise<Appointment> {
  await ctx.access(body.patientId, 'appointment.write', 'appointment', null);
  const visitType = await findVisitType(ctx.db, body.visitType);
  if (!visitType) throw fail.invalid('visitType', `unknown visit type "${body.visitType}"`);
  const provider = await findUserById(ctx.db, body.providerId);
  if (!provider || !['physician', 'resident'].includes(provider.role))
    throw fail.invalid('providerId', 'unknown provider');
  if (!(await findLocation(ctx.db, body.locationId))) throw fail.invalid('locationId', 'unknown location');
  const start = normalizeInstant(body.start);
  const end = normalizeInstant(
    new Date(Date.parse(start) + visitType.duration_minutes * 60_000).toISOString(),
  );
  if (
    visitType.requires_consultation === 1 &&
    !(await hasConsultationBefore(ctx.db, body.patientId, start))
  ) {
    throw fail.unprocessable(
      'consultation_required',
      'a new problem needs a consultation before OMT: book a consultation first',
      'visitType',
    );
  }
  const open = await searchSlots(ctx.db, {
    durationMinutes: visitType.duration_minutes,
    from: start,
    to: end,
    notBefore: ctx.now(),
    providerIds: [body.providerId],
    locationIds: [body.locationId],
  });
  if (!open.some((s) => s.start === start)) {
    const taken = await isTakenByBooking(ctx, body.providerId, start, end);
    if (taken)
      throw fail.conflict('slot_taken', 'this time has just been taken: choose another slot', 'start');
    throw fail.unprocessable(
      'slot_unavailable',
      'start: not an open slot of this provider at this location',
      'start',
    );
  }
  const id = randomUUID();
  const outcome = await insertAppointmentWithBlocks(
    ctx.db,
    {
      id,
      patient_id: body.patientId,
      provider_id: body.providerId,
      location_id: body.locationId,
      visit_type: visitType.id,
      start_at: start,
      end_at: end,
      status: 'booked',
      created_by: ctx.user.id,
      created_at: ctx.now(),
    },
    slotBlocks({ start, end }, BLOCK_MINUTES),
  );
  if (!outcome.ok) {
    if (outcome.conflict === 'provider') {
      throw fail.conflict('slot_taken', 'this time has just been taken: choose another slot', 'start');
    }
    throw fail.conflict('patient_busy', 'the patient already has an appointment at this time', 'start');
  }
  const [view] = await listAppointmentViews(ctx.db, { ids: [id] });
  if (!view) throw fail.notFound('appointment');
  return presentAppointment(view);
}

async function isTakenByBooking(ctx: RequestContext, providerId: string, start: string, end: string) {
  const rows = await listAppointmentViews(ctx.db, { providerId, from: start, to: end });
  return rows.some((r) => r.status !== 'cancelled');
}

/** Appointments the caller may see: a patient only their own and dependants'; staff all, each read audited. */
export async function listAppointments(ctx: RequestContext, q: AppointmentListQuery): Promise<Appointment[]> {
  const filter: AppointmentFilter = {
    ...(q.providerId ? { providerId: q.providerId } : {}),
    ...(q.locationId ? { locationId: q.locationId } : {}),
    ...(q.from ? { from: normalizeInstant(q.from) } : {}),
    ...(q.to ? { to: normalizeInstant(q.to) } : {}),
  };
  if (q.patientId) {
    await ctx.access(q.patientId, 'appointment.read', 'appointment-list', null);
    filter.patientIds = [q.patientId];
  } else if (ctx.user.role === 'patient') {
    filter.patientIds = ctx.user.patientIds;
  } else if (!STAFF_ROLES.includes(ctx.user.role)) {
    throw fail.forbidden();
  }
  const rows = await listAppointmentViews(ctx.db, filter);
  for (const patientId of new Set(rows.map((r) => r.patient_id))) {
    if (patientId !== q.patientId) await ctx.access(patientId, 'appointment.read', 'appointment-list', null);
  }
  return rows.map(presentAppointment);
}

/** Front desk marks the patient as arrived. */
export async function checkIn(ctx: RequestContext, id: string): Promise<Appointment> {
  ctx.requireRole('front_desk', 'admin', 'physician', 'resident');
  const row = await findAppointment(ctx.db, id);
  if (!row) throw fail.notFound('appointment');
  await ctx.access(row.patient_id, 'appointment.write', 'appointment', id);
  if (row.status !== 'booked')
    throw fail.conflict('invalid_status', `cannot check in an appointment that is ${row.status}`);
  await setAppointmentStatus(ctx.db, id, 'checked_in');
  return getAppointment(ctx, id);
}
