import { availableSlots, slotsInWindows, type Interval, type WeeklyHours, type Weekday } from '@omt/domain';
import {
  busyIntervals,
  listClosures,
  listExtraHours,
  listLocations,
  listProviderHours,
  listProviderUsers,
  listTimeOff,
  type Database,
  type LocationRow,
  type ProviderHoursRow,
} from '@omt/db';
import type { AvailabilityQuery, Slot } from '@omt/contracts';
import { fail } from '../../errors';
import { roomAvailability } from './rooms';
import { normalizeInstant } from '../../clock';

export const SLOT_STEP_MINUTES = 30;
const MAX_RANGE_DAYS = 62;

export interface SlotSearch {
  durationMinutes: number;
  from: string;
  to: string;
  notBefore: string;
  providerIds?: string[];
  locationIds?: string[];
  /** When moving an appointment, its own time does not count as busy. */
  ignoreAppointmentId?: string;
  /** Rest time the provider needs after this visit type. */
  bufferAfterMinutes?: number;
}

/** Checks the range of a search: `to` after `from`, at most 31 days. */
export function validateRange(q: Pick<AvailabilityQuery, 'from' | 'to'>): { from: string; to: string } {
  const from = normalizeInstant(q.from);
  const to = normalizeInstant(q.to);
  if (to <= from) throw fail.invalid('to', 'must be after from');
  if (Date.parse(to) - Date.parse(from) > MAX_RANGE_DAYS * 86_400_000) {
    throw fail.invalid('to', `the range may span at most ${MAX_RANGE_DAYS} days`);
  }
  return { from, to };
}

type TimeOffRow = { provider_id: string; start_at: string; end_at: string };

/** Each provider's busy time: live appointments (plus their visit type's buffer) and time off. */
async function busyByProvider(
  db: Database,
  ids: string[],
  away: TimeOffRow[],
  s: SlotSearch,
): Promise<Map<string, Interval[]>> {
  const booked = await busyIntervals(db, ids, s.from, s.to);
  const map = new Map<string, Interval[]>(ids.map((id) => [id, []]));
  for (const b of booked) {
    if (b.id === s.ignoreAppointmentId) continue;
    const end = new Date(Date.parse(b.end_at) + b.buffer_after_minutes * 60_000).toISOString();
    map.get(b.provider_id)?.push({ start: b.start_at, end });
  }
  for (const t of away) map.get(t.provider_id)?.push({ start: t.start_at, end: t.end_at });
  return map;
}

function weeklyOf(hours: ProviderHoursRow[], providerId: string, locationId: string): WeeklyHours[] {
  return hours
    .filter((h) => h.provider_id === providerId && h.location_id === locationId)
    .map((h) => ({ weekday: h.weekday as Weekday, start: h.start_time, end: h.end_time }));
}

/** Start instants at which a resident's supervising physician is on site (has hours there, not on time off). */
function supervisedStarts(
  s: SlotSearch,
  supervisorId: string,
  location: LocationRow,
  c: SearchContext,
): Set<string> {
  const weekly = weeklyOf(c.hours, supervisorId, location.id);
  if (!weekly.length) return new Set();
  const onSite = availableSlots({
    timeZone: location.time_zone,
    hours: weekly,
    from: s.from,
    to: s.to,
    durationMinutes: s.durationMinutes,
    stepMinutes: SLOT_STEP_MINUTES,
    busy: c.timeOff
      .filter((t) => t.provider_id === supervisorId)
      .map((t) => ({ start: t.start_at, end: t.end_at })),
  });
  return new Set(onSite.map((o) => o.start));
}

interface SearchContext {
  /** Hours and time off of the providers searched and of their supervisors. */
  hours: ProviderHoursRow[];
  timeOff: TimeOffRow[];
  busy: Map<string, Interval[]>;
  closures: Map<string, Interval[]>;
  extra: { provider_id: string; location_id: string; start_at: string; end_at: string }[];
}

/** A provider's candidate slots at one location: weekly hours plus one-off extra hours, minus busy time and closures. */
function candidatesAt(p: { id: string }, l: LocationRow, s: SlotSearch, c: SearchContext): Interval[] {
  const busy = [...(c.busy.get(p.id) ?? []), ...(c.closures.get(l.id) ?? [])];
  // The visit's own buffer must fit too: search with it, then report the visit's real end.
  const durationMinutes = s.durationMinutes + (s.bufferAfterMinutes ?? 0);
  const weekly = weeklyOf(c.hours, p.id, l.id);
  const regular = weekly.length
    ? availableSlots({
        timeZone: l.time_zone,
        hours: weekly,
        from: s.from,
        to: s.to,
        durationMinutes,
        stepMinutes: SLOT_STEP_MINUTES,
        busy,
        notBefore: s.notBefore,
      })
    : [];
  const windows = c.extra
    .filter((e) => e.provider_id === p.id && e.location_id === l.id)
    .map((e) => ({ start: e.start_at, end: e.end_at }));
  const extra = windows.length
    ? slotsInWindows({
        windows,
        durationMinutes,
        stepMinutes: SLOT_STEP_MINUTES,
        busy,
        from: s.from,
        to: s.to,
        notBefore: s.notBefore,
      })
    : [];
  const seen = new Set(regular.map((r) => r.start));
  return [...regular, ...extra.filter((e) => !seen.has(e.start))];
}

/**
 * Open slots of every provider at every location they work, from their hours (weekly and one-off) minus
 * bookings, buffers, time off and location closures. A resident sees patients only while their supervising
 * physician is on site, and a location with rooms needs a free one.
 */
export async function searchSlots(db: Database, s: SlotSearch): Promise<Slot[]> {
  const providers = (await listProviderUsers(db)).filter(
    (p) => !s.providerIds || s.providerIds.includes(p.id),
  );
  const locations = (await listLocations(db)).filter((l) => !s.locationIds || s.locationIds.includes(l.id));
  const ids = providers.map((p) => p.id);
  const withSupervisors = [
    ...new Set([...ids, ...providers.flatMap((p) => (p.supervisor_id ? [p.supervisor_id] : []))]),
  ];
  const locationIds = locations.map((l) => l.id);
  const [hours, timeOff, rooms, closed, extra] = await Promise.all([
    listProviderHours(db, { providerIds: withSupervisors, locationIds }),
    listTimeOff(db, withSupervisors, s.from, s.to),
    roomAvailability(db, locationIds, s.from, s.to, s.ignoreAppointmentId),
    listClosures(db, locationIds, s.from, s.to),
    listExtraHours(db, ids, s.from, s.to),
  ]);
  const busy = await busyByProvider(db, ids, timeOff, s);
  const closures = new Map(
    locationIds.map((id) => [
      id,
      closed.filter((c) => c.location_id === id).map((c) => ({ start: c.start_at, end: c.end_at })),
    ]),
  );
  const context: SearchContext = { hours, timeOff, busy, closures, extra };
  const slots: Slot[] = [];
  for (const p of providers) {
    for (const l of locations) {
      const found = candidatesAt(p, l, s, context);
      if (!found.length) continue;
      const supervised =
        p.role === 'resident' && p.supervisor_id ? supervisedStarts(s, p.supervisor_id, l, context) : null;
      for (const f of found) {
        if (supervised && !supervised.has(f.start)) continue;
        if (rooms.get(l.id)?.hasFreeRoom(f.start, f.end) === false) continue; // every treatment room is taken
        const end = new Date(Date.parse(f.start) + s.durationMinutes * 60_000)
          .toISOString()
          .replace('.000Z', 'Z');
        slots.push({ start: f.start, end, providerId: p.id, locationId: l.id });
      }
    }
  }
  return slots.sort((a, b) => a.start.localeCompare(b.start) || a.providerId.localeCompare(b.providerId));
}
