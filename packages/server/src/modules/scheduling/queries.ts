import { findAppointment, findVisitType, listAppointmentViews, type AppointmentFilter } from '@omt/db';
import type { Appointment, AppointmentListQuery, AvailabilityQuery, Slot } from '@omt/contracts';
import type { RequestContext } from '../../context';
import { fail } from '../../errors';
import { normalizeInstant } from '../../clock';
import { STAFF_ROLES } from '../../auth/policy';
import { searchSlots, validateRange } from './availability';
import { bookingWindow } from './visit-rules';
import { presentAppointment } from './presenter';
import { mayPerform, performersOf } from '../catalog/visit-types';

/** Open slots for a visit type, honouring hours, bookings and notice. */
export async function availability(ctx: RequestContext, q: AvailabilityQuery): Promise<Slot[]> {
  const visitType = await findVisitType(ctx.db, q.visitType);
  if (!visitType) throw fail.invalid('visitType', `unknown visit type "${q.visitType}"`);
  const range = validateRange(q);
  const window = bookingWindow(ctx, visitType);
  if (window.notAfter !== null && range.to > window.notAfter) range.to = window.notAfter;
  if (range.to <= range.from) return [];
  // Only the providers who perform this visit type (every provider where none is named).
  const performers = performersOf(visitType);
  const providerIds = q.provider ? [q.provider].filter((p) => mayPerform(visitType, p)) : performers;
  return searchSlots(ctx.db, {
    durationMinutes: visitType.duration_minutes,
    bufferAfterMinutes: visitType.buffer_after_minutes,
    ...range,
    notBefore: window.notBefore,
    ...(providerIds.length || q.provider ? { providerIds } : {}),
    ...(q.location ? { locationIds: [q.location] } : {}),
  });
}

/** An appointment as presented, without an access check: callers have already been through ctx.access. */
export async function viewAppointment(ctx: RequestContext, id: string): Promise<Appointment> {
  const [view] = await listAppointmentViews(ctx.db, { ids: [id] });
  if (!view) throw fail.notFound('appointment');
  return presentAppointment(view);
}

/** One appointment as presented, after the audited access check. */
export async function getAppointment(ctx: RequestContext, id: string): Promise<Appointment> {
  const row = await findAppointment(ctx.db, id);
  if (!row) throw fail.notFound('appointment');
  await ctx.access(row.patient_id, 'appointment.read', 'appointment', id);
  return viewAppointment(ctx, id);
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
  const others = [...new Set(rows.map((r) => r.patient_id))].filter((id) => id !== q.patientId);
  await ctx.accessEach(
    others.map((patientId) => ({ patientId, resourceId: null })),
    'appointment.read',
    'appointment-list',
  );
  return rows.map(presentAppointment);
}
