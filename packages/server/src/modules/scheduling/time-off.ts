import { randomUUID } from 'node:crypto';
import { END_OF_TIME, insertTimeOff, listTimeOff } from '@omt/db';
import type { CreateTimeOff, TimeOff } from '@omt/contracts';
import type { RequestContext } from '../../context';
import { fail } from '../../errors';
import { normalizeInstant } from '../../clock';
import { STAFF_ROLES } from '../../auth/policy';
import { requireProvider } from './lookups';
import { upcomingVisitIds } from './upcoming-visits';
import { auditSetup } from '../catalog/audit';

/** Staff see providers' time off (it carries no patient data). */
export async function timeOffOf(ctx: RequestContext, providerId: string): Promise<TimeOff[]> {
  if (!STAFF_ROLES.includes(ctx.user.role)) throw fail.forbidden();
  await requireProvider(ctx, providerId);
  const rows = await listTimeOff(ctx.db, [providerId], ctx.now(), END_OF_TIME);
  return rows.map((r) => ({
    id: r.id,
    providerId: r.provider_id,
    start: r.start_at,
    end: r.end_at,
    reason: r.reason,
  }));
}

/** Who may block a provider's time (an admin, or the provider), and the period checked. */
export async function timeOffPeriod(ctx: RequestContext, providerId: string, body: CreateTimeOff) {
  if (ctx.user.role !== 'admin' && ctx.user.id !== providerId)
    throw fail.forbidden('only an admin or the provider may block this time');
  await requireProvider(ctx, providerId);
  const start = normalizeInstant(body.start);
  const end = normalizeInstant(body.end);
  if (end <= start) throw fail.invalid('end', 'must be after start');
  return { start, end };
}

/** Blocks a provider's time (holiday, course, sickness); the upcoming visits already booked then are listed for the desk to move. */
export async function addTimeOff(ctx: RequestContext, providerId: string, body: CreateTimeOff) {
  const { start, end } = await timeOffPeriod(ctx, providerId, body);
  const id = randomUUID();
  await auditSetup(ctx, 'time_off.create', 'time_off', id, `${providerId} ${start}–${end}: ${body.reason}`);
  await insertTimeOff(ctx.db, {
    id,
    provider_id: providerId,
    start_at: start,
    end_at: end,
    reason: body.reason,
    created_by: ctx.user.id,
    created_at: ctx.now(),
  });
  return {
    timeOff: { id, providerId, start, end, reason: body.reason },
    conflictingAppointmentIds: await upcomingVisitIds(ctx, { providerId, from: start, to: end }),
  };
}
