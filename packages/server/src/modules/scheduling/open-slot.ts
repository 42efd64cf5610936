import { BusyIndex, isSlotOpen, type BusySpan, type RoomAvailability } from '@omt/domain';
import {
  ENDED_STATUSES,
  listAppointmentViews,
  providerVisitsBetween,
  type Database,
  type ScheduleCatalog,
} from '@omt/db';
import type { RequestContext } from '../../context';
import { fail } from '../../errors';
import { SLOT_STEP_MINUTES, restTimesOf, spanOf, weeklyHoursAt } from './availability';
import { bookingWindow } from './visit-rules';
import { restEnd } from './blocks';
import { toInstant } from '../../clock';
import { roomAvailability } from './rooms';
import type { Placement } from './placement';

const DAY_MS = 86_400_000;

/** Whether the row's span meets [from, to) (epoch ms). */
const meets = (r: { start_at: string; end_at: string }, from: number, to: number) =>
  Date.parse(r.end_at) > from && Date.parse(r.start_at) < to;

/** A provider's weekly hours at a location, inside the location's opening hours (as the slot search takes them). */
const weeklyHours = (catalog: ScheduleCatalog, providerId: string, locationId: string) =>
  weeklyHoursAt(catalog.providerHours, catalog.locationHours, providerId, locationId);

/** Time off of a provider meeting [from, to). */
function timeOffOf(catalog: ScheduleCatalog, providerId: string, from: number, to: number): BusySpan[] {
  return catalog.timeOff.filter((t) => t.provider_id === providerId && meets(t, from, to)).map(spanOf);
}

/**
 * The provider's live visits whose time (with their visit type's rest time) may meet the slot, as the slot search
 * counts them: starting from a day before it (no visit lasts a day) and ending no sooner than the longest rest time
 * before it.
 */
async function bookedNear(db: Database, pl: Placement, ignoreAppointmentId?: string) {
  const rest = restTimesOf(pl.catalog);
  const start = Date.parse(pl.start);
  const rows = await providerVisitsBetween(
    db,
    pl.providerId,
    toInstant(new Date(start - DAY_MS)),
    restEnd(pl.end, pl.visitType.buffer_after_minutes),
    toInstant(new Date(start - rest.longest)),
  );
  const spans: BusySpan[] = [];
  for (const r of rows) {
    if (r.id !== ignoreAppointmentId)
      spans.push([Date.parse(r.start_at), Date.parse(r.end_at) + (rest.byType.get(r.visit_type) ?? 0)]);
  }
  return new BusyIndex(spans);
}

/**
 * Whether the placement's start is an open slot now: what the general slot search (`searchSlots`) answers for that
 * one start, from the catalogue held for the request and one read of the provider's visits that day.
 */
export async function slotOpen(
  db: Database,
  pl: Placement,
  notBefore: string,
  rooms: RoomAvailability | undefined,
  ignoreAppointmentId?: string,
): Promise<boolean> {
  const { catalog } = pl;
  const provider = catalog.providers.find((p) => p.id === pl.providerId);
  const location = catalog.locations.find((l) => l.id === pl.locationId);
  if (!provider || !location || location.retired_at !== null) return false;
  const start = Date.parse(pl.start);
  const end = start + (pl.visitType.duration_minutes + pl.visitType.buffer_after_minutes) * 60_000;
  const supervisorId = provider.role === 'resident' ? provider.supervisor_id : null;
  return isSlotOpen({
    start,
    visitMinutes: pl.visitType.duration_minutes,
    bufferMinutes: pl.visitType.buffer_after_minutes,
    stepMinutes: SLOT_STEP_MINUTES,
    timeZone: location.time_zone,
    hours: weeklyHours(catalog, provider.id, location.id),
    extra: catalog.extraHours
      .filter((e) => e.provider_id === provider.id && e.location_id === location.id)
      .map((e) => ({ start: Date.parse(e.start_at), end: Date.parse(e.end_at) })),
    busy: [
      ...timeOffOf(catalog, provider.id, start, end),
      ...catalog.closures.filter((c) => c.location_id === location.id && meets(c, start, end)).map(spanOf),
    ],
    booked: await bookedNear(db, pl, ignoreAppointmentId),
    notBefore: Date.parse(notBefore),
    ...(supervisorId
      ? {
          supervisor: {
            hours: weeklyHours(catalog, supervisorId, location.id),
            busy: timeOffOf(catalog, supervisorId, start, end),
          },
        }
      : {}),
    ...(rooms ? { rooms } : {}),
  });
}

/**
 * Refuses a start that is not open: 422 beyond the booking horizon, 409 when a live booking holds the time or every
 * room is taken, 422 when the time is simply not an open slot.
 */
export async function requireOpenSlot(
  ctx: RequestContext,
  pl: Placement,
  ignoreAppointmentId?: string,
): Promise<void> {
  const to = restEnd(pl.end, pl.visitType.buffer_after_minutes);
  const rooms = (
    await roomAvailability(ctx.db, pl.catalog, [pl.locationId], pl.start, to, ignoreAppointmentId)
  ).get(pl.locationId);
  const window = bookingWindow(ctx, pl.visitType);
  if (window.notAfter !== null && pl.start > window.notAfter) {
    throw fail.unprocessable(
      'beyond_horizon',
      `start: online booking opens ${pl.visitType.max_horizon_days} days ahead`,
      'start',
    );
  }
  if (await slotOpen(ctx.db, pl, window.notBefore, rooms, ignoreAppointmentId)) return;
  const booked = await listAppointmentViews(ctx.db, {
    providerId: pl.providerId,
    from: pl.start,
    to: pl.end,
  });
  const ended: readonly string[] = ENDED_STATUSES;
  if (booked.some((r) => !ended.includes(r.status) && r.id !== ignoreAppointmentId)) {
    throw fail.conflict('slot_taken', 'this time has just been taken: choose another slot', 'start');
  }
  const end =
    Date.parse(pl.start) + (pl.visitType.duration_minutes + pl.visitType.buffer_after_minutes) * 60_000;
  if (rooms && !rooms.hasFreeRoomMs(Date.parse(pl.start), end)) {
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
