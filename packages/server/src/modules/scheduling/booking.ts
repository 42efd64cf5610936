import { randomUUID } from 'node:crypto';
import {
  ENDED_STATUSES,
  findAppointment,
  hasConsultationBefore,
  insertAppointmentWithBlocks,
  listAppointmentViews,
  rescheduleWithBlocks,
  type BookingOutcome,
  type ScheduleCatalog,
  type VisitTypeRow,
} from '@omt/db';
import type { Appointment, CreateAppointment, RescheduleAppointment } from '@omt/contracts';
import type { RequestContext } from '../../context';
import { fail } from '../../errors';
import { normalizeInstant } from '../../clock';
import { searchSlots } from './availability';
import { bookingWindow } from './visit-rules';
import { roomAvailability, roomChoice } from './rooms';
import { viewAppointment } from './queries';
import { bookingBlocks, restEnd } from './blocks';
import { offerFreedSlotSafely } from '../waitlist/offers';
import { enqueueAppointmentMail } from '../notifications/appointment-mail';
import { mayPerform } from '../catalog/visit-types';
import { scheduleCatalog } from './catalog-cache';
import { requireEligible } from './eligibility';
import { retired } from './lookups';
import { requireActivePatient } from '../patients/registration';
import { requireVerifiedEmail } from '../../auth/email-verified';

const OVERRIDE_ROLES = ['front_desk', 'admin', 'physician'] as const;

export interface Placement {
  /** The scheduling catalogue as read for this request. */
  catalog: ScheduleCatalog;
  visitType: VisitTypeRow;
  visitTypeId: string;
  requiresConsultation: boolean;
  providerId: string;
  locationId: string;
  /** The location's time zone: the visit's day is the day its clock reads. */
  timeZone: string;
  start: string;
  end: string;
}

/** Checks visit type, provider and location exist and are in use, and works out the visit's end. */
export async function place(
  ctx: RequestContext,
  p: { visitType: string; providerId: string; locationId: string; start: string },
  /** A visit already booked may move although its visit type was retired since. */
  opts: { moving?: boolean } = {},
): Promise<Placement> {
  const start = normalizeInstant(p.start);
  const catalog = await scheduleCatalog(ctx.db, start);
  const visitType = catalog.visitTypes.find((v) => v.id === p.visitType);
  if (!visitType) throw fail.invalid('visitType', `unknown visit type "${p.visitType}"`);
  if (visitType.retired_at !== null && !opts.moving)
    throw retired('visit_type_retired', 'visitType', visitType.name);
  const provider = catalog.providers.find((u) => u.id === p.providerId);
  if (!provider) throw fail.invalid('providerId', 'unknown provider');
  if (!mayPerform(visitType, provider.id))
    throw fail.unprocessable(
      'provider_not_qualified',
      `providerId: ${provider.display_name} does not perform ${visitType.name}`,
      'providerId',
    );
  const location = catalog.locations.find((l) => l.id === p.locationId);
  if (!location) throw fail.invalid('locationId', 'unknown location');
  if (location.retired_at !== null) throw retired('location_retired', 'locationId', location.name);
  const end = normalizeInstant(
    new Date(Date.parse(start) + visitType.duration_minutes * 60_000).toISOString(),
  );
  return {
    catalog,
    visitType,
    visitTypeId: visitType.id,
    requiresConsultation: visitType.requires_consultation === 1,
    providerId: provider.id,
    locationId: p.locationId,
    timeZone: location.time_zone,
    start,
    end,
  };
}

/** 409 when a live booking holds the time, 422 when the time is simply not an open slot. */
export async function requireOpenSlot(
  ctx: RequestContext,
  pl: Placement,
  ignoreAppointmentId?: string,
): Promise<void> {
  const window = bookingWindow(ctx, pl.visitType);
  if (window.notAfter !== null && pl.start > window.notAfter) {
    throw fail.unprocessable(
      'beyond_horizon',
      `start: online booking opens ${pl.visitType.max_horizon_days} days ahead`,
      'start',
    );
  }
  const open = await searchSlots(ctx.db, {
    visitType: pl.visitTypeId,
    durationMinutes: pl.visitType.duration_minutes,
    bufferAfterMinutes: pl.visitType.buffer_after_minutes,
    from: pl.start,
    to: withBuffer(pl),
    notBefore: window.notBefore,
    providerIds: [pl.providerId],
    locationIds: [pl.locationId],
    ...(ignoreAppointmentId ? { ignoreAppointmentId } : {}),
    catalog: pl.catalog,
  });
  if (open.some((s) => s.start === pl.start)) return;
  const booked = await listAppointmentViews(ctx.db, {
    providerId: pl.providerId,
    from: pl.start,
    to: pl.end,
  });
  const ended: readonly string[] = ENDED_STATUSES;
  if (booked.some((r) => !ended.includes(r.status) && r.id !== ignoreAppointmentId)) {
    throw fail.conflict('slot_taken', 'this time has just been taken: choose another slot', 'start');
  }
  const rooms = (
    await roomAvailability(ctx.db, pl.catalog, [pl.locationId], pl.start, withBuffer(pl), ignoreAppointmentId)
  ).get(pl.locationId);
  if (rooms && !rooms.hasFreeRoom(pl.start, withBuffer(pl))) {
    throw fail.conflict(
      'no_room',
      'every treatment room is taken at this time: choose another slot',
      'start',
    );
  }
  throw fail.unprocessable(
    'slot_unavailable',
    'start: not an open slot of this provider at this location',
    'start',
  );
}

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

/** When the visit and its buffer end: rooms, like providers, need the buffer free too. */
export function withBuffer(pl: Placement): string {
  return restEnd(pl.end, pl.visitType.buffer_after_minutes);
}

function notBooked(status: string) {
  return fail.conflict('invalid_status', `cannot reschedule an appointment that is ${status}`);
}

function settleConflict(outcome: BookingOutcome): void {
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
  await requireActivePatient(ctx, body.patientId);
  if (body.override && !(OVERRIDE_ROLES as readonly string[]).includes(ctx.user.role)) {
    throw fail.forbidden('only staff may book over a busy provider');
  }
  const pl = await place(ctx, body);
  await requireEligible(ctx, body.patientId, pl.visitType, [pl]);
  if (pl.requiresConsultation && !(await hasConsultationBefore(ctx.db, body.patientId, pl.start))) {
    throw fail.unprocessable(
      'consultation_required',
      'a new problem needs a consultation before OMT: book a consultation first',
      'visitType',
    );
  }
  if (!body.override) await requireOpenSlot(ctx, pl);
  const id = randomUUID();
  settleConflict(
    await insertAppointmentWithBlocks(
      ctx.db,
      {
        id,
        patient_id: body.patientId,
        provider_id: pl.providerId,
        location_id: pl.locationId,
        visit_type: pl.visitTypeId,
        start_at: pl.start,
        end_at: pl.end,
        status: 'booked',
        created_by: ctx.user.id,
        created_at: ctx.now(),
        override_reason: body.override?.reason ?? null,
        room_id: null,
      },
      bookingBlocks(pl.start, pl.end, pl.visitType.buffer_after_minutes),
      await roomsFor(ctx, pl, { orNone: body.override !== undefined }),
    ),
  );
  if (body.override) await ctx.access(body.patientId, 'appointment.write', 'appointment-override', id);
  await enqueueAppointmentMail(ctx.deps, id, 'confirmation');
  return viewAppointment(ctx, id);
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
