import { randomUUID } from 'node:crypto';
import { findUserById, listLocations, listProviderHours, replaceProviderHours } from '@omt/db';
import type { SetWeeklyHours, WeeklyHoursRow } from '@omt/contracts';
import type { RequestContext } from '../../context';
import { fail } from '../../errors';
import { STAFF_ROLES } from '../../auth/policy';

async function provider(ctx: RequestContext, id: string) {
  const p = await findUserById(ctx.db, id);
  if (!p || !['physician', 'resident'].includes(p.role)) throw fail.notFound('provider');
}

/** The provider's weekly hours, as each location's wall clock. */
export async function weeklyHoursOf(ctx: RequestContext, providerId: string): Promise<WeeklyHoursRow[]> {
  if (!STAFF_ROLES.includes(ctx.user.role)) throw fail.forbidden();
  await provider(ctx, providerId);
  return (await listProviderHours(ctx.db, { providerIds: [providerId] })).map((h) => ({
    locationId: h.location_id,
    weekday: h.weekday,
    start: h.start_time,
    end: h.end_time,
  }));
}

/** Checks each window ends after it starts and no two windows of a weekday overlap (one provider, one place). */
function checkWindows(hours: WeeklyHoursRow[], known: Set<string>): void {
  hours.forEach((h, i) => {
    if (!known.has(h.locationId)) throw fail.invalid(`hours.${i}.locationId`, 'unknown location');
    if (h.end <= h.start) throw fail.invalid(`hours.${i}.end`, 'must be after start');
    const clash = hours.findIndex(
      (o, j) => j !== i && o.weekday === h.weekday && o.start < h.end && h.start < o.end,
    );
    if (clash !== -1) throw fail.invalid(`hours.${i}`, `overlaps hours.${clash} on the same weekday`);
  });
}

/** Replaces the provider's weekly hours; visits already booked keep their times. */
export async function setWeeklyHours(
  ctx: RequestContext,
  providerId: string,
  body: SetWeeklyHours,
): Promise<WeeklyHoursRow[]> {
  ctx.requireRole('admin');
  await provider(ctx, providerId);
  checkWindows(body.hours, new Set((await listLocations(ctx.db)).map((l) => l.id)));
  await replaceProviderHours(
    ctx.db,
    providerId,
    body.hours.map((h) => ({
      id: randomUUID(),
      provider_id: providerId,
      location_id: h.locationId,
      weekday: h.weekday,
      start_time: h.start,
      end_time: h.end,
    })),
  );
  return weeklyHoursOf(ctx, providerId);
}
