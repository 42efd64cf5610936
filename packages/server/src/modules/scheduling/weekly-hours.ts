import { randomUUID } from 'node:crypto';
import {
  listLocationHours,
  listLocations,
  listProviderHours,
  replaceLocationHours,
  replaceProviderHours,
} from '@omt/db';
import type { SetWeeklyHours, WeeklyHoursRow } from '@omt/contracts';
import type { RequestContext } from '../../context';
import { fail } from '../../errors';
import { STAFF_ROLES } from '../../auth/policy';
import { requireProvider, requireLocation } from './lookups';
import { markVisitsOutsideHours } from './hours-conflicts';
import { auditSetup } from '../catalog/audit';

/** A stored weekly window (a provider's or a location's) as the API shows it. */
function presentHours(h: { location_id: string; weekday: number; start_time: string; end_time: string }) {
  return { locationId: h.location_id, weekday: h.weekday, start: h.start_time, end: h.end_time };
}

/** The provider's weekly hours, as each location's wall clock. */
export async function weeklyHoursOf(ctx: RequestContext, providerId: string): Promise<WeeklyHoursRow[]> {
  if (!STAFF_ROLES.includes(ctx.user.role)) throw fail.forbidden();
  await requireProvider(ctx, providerId);
  return (await listProviderHours(ctx.db, { providerIds: [providerId] })).map(presentHours);
}

const WEEKDAYS = ['', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** The windows as the audit row tells them: `Mon 09:00–12:00 at <location id>; …`, or `none`. */
function windowsText(hours: WeeklyHoursRow[]): string {
  return (
    hours.map((h) => `${WEEKDAYS[h.weekday]} ${h.start}–${h.end} at ${h.locationId}`).join('; ') || 'none'
  );
}

/** A window from a request as a stored row (a provider's rows add the provider). */
function storedWindow(h: WeeklyHoursRow) {
  return {
    id: randomUUID(),
    location_id: h.locationId,
    weekday: h.weekday,
    start_time: h.start,
    end_time: h.end,
  };
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

/** Replaces the provider's weekly hours; visits already booked keep their times, and those now outside are listed to rebook. */
export async function setWeeklyHours(
  ctx: RequestContext,
  providerId: string,
  body: SetWeeklyHours,
): Promise<WeeklyHoursRow[]> {
  ctx.requireRole('admin');
  await requireProvider(ctx, providerId);
  checkWindows(body.hours, new Set((await listLocations(ctx.db)).map((l) => l.id)));
  await auditSetup(ctx, 'weekly_hours.set', 'provider', providerId, windowsText(body.hours));
  await replaceProviderHours(
    ctx.db,
    providerId,
    body.hours.map((h) => ({ ...storedWindow(h), provider_id: providerId })),
  );
  await markVisitsOutsideHours(ctx.db, ctx.now(), { providerId });
  return weeklyHoursOf(ctx, providerId);
}

/** A location's weekly opening hours, in its own wall clock; anyone signed in may read them. */
export async function openingHoursOf(ctx: RequestContext, locationId: string): Promise<WeeklyHoursRow[]> {
  await requireLocation(ctx, locationId);
  return (await listLocationHours(ctx.db, [locationId])).map(presentHours);
}

/**
 * Replaces a location's opening hours (admin). Every row must be for this location; windows may not overlap. Visits
 * now outside are listed to rebook.
 */
export async function setOpeningHours(
  ctx: RequestContext,
  locationId: string,
  body: SetWeeklyHours,
): Promise<WeeklyHoursRow[]> {
  ctx.requireRole('admin');
  await requireLocation(ctx, locationId);
  checkWindows(body.hours, new Set([locationId]));
  await auditSetup(ctx, 'opening_hours.set', 'location', locationId, windowsText(body.hours));
  await replaceLocationHours(
    ctx.db,
    locationId,
    body.hours.map(storedWindow), // checkWindows has held every row to this location
  );
  await markVisitsOutsideHours(ctx.db, ctx.now(), { locationId });
  return openingHoursOf(ctx, locationId);
}
