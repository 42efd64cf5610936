import { randomUUID } from 'node:crypto';
import {
  END_OF_TIME,
  findLocation,
  insertClosure,
  insertExtraHours,
  listClosures,
  listExtraHours,
} from '@omt/db';
import { wholeLocalDays } from '@omt/domain';
import type { Closure, CreateClosure, CreateExtraHours, ExtraHours } from '@omt/contracts';
import type { RequestContext } from '../../context';
import { fail } from '../../errors';
import { normalizeInstant } from '../../clock';
import { STAFF_ROLES } from '../../auth/policy';
import { requireProvider, requireLocation } from './lookups';
import { upcomingVisitIds } from './upcoming-visits';
import { auditSetup } from '../catalog/audit';

function period(body: { start: string; end: string }): { start: string; end: string } {
  const start = normalizeInstant(body.start);
  const end = normalizeInstant(body.end);
  if (end <= start) throw fail.invalid('end', 'must be after start');
  return { start, end };
}

/** A closure's period: its start and end, or whole days on the location's clock (23 or 25 hours across a clock change). */
export function closurePeriod(body: CreateClosure, timeZone: string): { start: string; end: string } {
  if (body.firstDay === undefined && body.lastDay === undefined) {
    if (body.start === undefined)
      throw fail.invalid('start', 'is required (or give firstDay for whole days)');
    if (body.end === undefined) throw fail.invalid('end', 'is required');
    return period({ start: body.start, end: body.end });
  }
  if (body.start !== undefined || body.end !== undefined)
    throw fail.invalid('firstDay', 'give whole days or a start and an end, not both');
  if (body.firstDay === undefined) throw fail.invalid('firstDay', 'is required with lastDay');
  const lastDay = body.lastDay ?? body.firstDay;
  if (lastDay < body.firstDay) throw fail.invalid('lastDay', 'must not be before the first day');
  return wholeLocalDays(body.firstDay, lastDay, timeZone);
}

/** The location (404 when unknown) and the closure's period on its clock. */
export async function locatedClosure(ctx: RequestContext, locationId: string, body: CreateClosure) {
  const location = await findLocation(ctx.db, locationId);
  if (!location) throw fail.notFound('location');
  return closurePeriod(body, location.time_zone);
}

/** Upcoming closures of a location (holidays); clinic facts, visible to staff. */
export async function closuresOf(ctx: RequestContext, locationId: string): Promise<Closure[]> {
  if (!STAFF_ROLES.includes(ctx.user.role)) throw fail.forbidden();
  await requireLocation(ctx, locationId);
  return (await listClosures(ctx.db, [locationId], ctx.now(), END_OF_TIME)).map((c) => ({
    id: c.id,
    locationId: c.location_id,
    start: c.start_at,
    end: c.end_at,
    reason: c.reason,
  }));
}

/** Closes a location for a while; no slot is offered then, and the upcoming visits already booked are listed to move. */
export async function addClosure(ctx: RequestContext, locationId: string, body: CreateClosure) {
  ctx.requireRole('admin');
  const { start, end } = await locatedClosure(ctx, locationId, body);
  const id = randomUUID();
  await auditSetup(ctx, 'closure.create', 'closure', id, `${locationId} ${start}–${end}: ${body.reason}`);
  await insertClosure(ctx.db, {
    id,
    location_id: locationId,
    start_at: start,
    end_at: end,
    reason: body.reason,
    created_by: ctx.user.id,
    created_at: ctx.now(),
  });
  return {
    closure: { id, locationId, start, end, reason: body.reason },
    conflictingAppointmentIds: await upcomingVisitIds(ctx, { locationId, from: start, to: end }),
  };
}

export async function extraHoursOf(ctx: RequestContext, providerId: string): Promise<ExtraHours[]> {
  if (!STAFF_ROLES.includes(ctx.user.role)) throw fail.forbidden();
  await requireProvider(ctx, providerId);
  return (await listExtraHours(ctx.db, [providerId], ctx.now(), END_OF_TIME)).map((e) => ({
    id: e.id,
    providerId: e.provider_id,
    locationId: e.location_id,
    start: e.start_at,
    end: e.end_at,
    reason: e.reason,
  }));
}

/** One-off extra hours (an extra Saturday morning): bookable like weekly hours. */
export async function addExtraHours(
  ctx: RequestContext,
  providerId: string,
  body: CreateExtraHours,
): Promise<ExtraHours> {
  if (ctx.user.role !== 'admin' && ctx.user.id !== providerId)
    throw fail.forbidden('only an admin or the provider may add these hours');
  await requireProvider(ctx, providerId);
  if (!(await findLocation(ctx.db, body.locationId))) throw fail.invalid('locationId', 'unknown location');
  const { start, end } = period(body);
  const id = randomUUID();
  await auditSetup(
    ctx,
    'extra_hours.create',
    'extra_hours',
    id,
    `${providerId} at ${body.locationId} ${start}–${end}: ${body.reason}`,
  );
  await insertExtraHours(ctx.db, {
    id,
    provider_id: providerId,
    location_id: body.locationId,
    start_at: start,
    end_at: end,
    reason: body.reason,
    created_by: ctx.user.id,
    created_at: ctx.now(),
  });
  return { id, providerId, locationId: body.locationId, start, end, reason: body.reason };
}
