import {
  availableStarts,
  formatEpochMs,
  startsInWindows,
  withinOpeningHours,
  type BusySpan,
  type WeeklyHours,
  type Weekday,
} from '@omt/domain';
import type { Database, LocationRow, ProviderHoursRow, ScheduleCatalog } from '@omt/db';
import type { AvailabilityQuery, Slot, SlotGroup } from '@omt/contracts';
import { fail } from '../../errors';
import { roomAvailability } from './rooms';
import { bookedIndexes, buffersKey, type Buffers } from './busy-cache';
import { scheduleCatalog } from './catalog-cache';
import { normalizeInstant } from '../../clock';

export const SLOT_STEP_MINUTES = 30;
const MAX_RANGE_DAYS = 62;

export interface SlotSearch {
  /** The visit type searched for; its id is carried on each slot. */
  visitType: string;
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
  /** The catalogue, when the caller already read it for this request. */
  catalog?: ScheduleCatalog;
  /** Each provider's schedule version, when the caller read them with the catalogue's marker (`scheduleMarkers`). */
  scheduleVersions?: Map<string, number>;
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

/** A row's span as epoch ms. */
export const spanOf = (r: { start_at: string; end_at: string }): BusySpan => [
  Date.parse(r.start_at),
  Date.parse(r.end_at),
];

/** Each visit type's rest time (ms), its key and the longest, per catalogue read (searches and bookings share it). */
const restTimes = new WeakMap<ScheduleCatalog, RestTimes>();

export interface RestTimes extends Buffers {
  longest: number;
}

export function restTimesOf(catalog: ScheduleCatalog): RestTimes {
  let rest = restTimes.get(catalog);
  if (!rest) {
    const byType = new Map(catalog.visitTypes.map((v) => [v.id, v.buffer_after_minutes * 60_000]));
    rest = { byType, key: buffersKey(byType), longest: Math.max(0, ...byType.values()) };
    restTimes.set(catalog, rest);
  }
  return rest;
}

/** Each provider's booked time (an index kept between searches) and time off. */
async function busyByProvider(
  db: Database,
  catalog: ScheduleCatalog,
  ids: string[],
  away: TimeOffRow[],
  s: SlotSearch,
) {
  const booked = await bookedIndexes(db, ids, s, restTimesOf(catalog));
  const timeOff = new Map<string, BusySpan[]>(ids.map((id) => [id, []]));
  for (const t of away) timeOff.get(t.provider_id)?.push(spanOf(t));
  return { booked, timeOff };
}

type HoursRow = { location_id: string; weekday: number; start_time: string; end_time: string };
const wall = (h: HoursRow): WeeklyHours => ({
  weekday: h.weekday as Weekday,
  start: h.start_time,
  end: h.end_time,
});

/** A provider's weekly hours at a location, inside the location's opening hours (the search's and a booking's). */
export function weeklyHoursAt(
  hours: readonly (HoursRow & { provider_id: string })[],
  opening: readonly HoursRow[],
  providerId: string,
  locationId: string,
): WeeklyHours[] {
  const own = hours.filter((h) => h.provider_id === providerId && h.location_id === locationId).map(wall);
  return withinOpeningHours(own, opening.filter((h) => h.location_id === locationId).map(wall));
}

const weeklyOf = (c: SearchContext, providerId: string, locationId: string) =>
  weeklyHoursAt(c.hours, c.opening, providerId, locationId);

/** Start instants (epoch ms) at which a resident's supervising physician is on site (has hours there, not on time off). */
function supervisedStarts(
  s: SlotSearch,
  supervisorId: string,
  location: LocationRow,
  c: SearchContext,
): Set<number> {
  const weekly = weeklyOf(c, supervisorId, location.id);
  if (!weekly.length) return new Set();
  const onSite = availableStarts({
    timeZone: location.time_zone,
    hours: weekly,
    from: s.from,
    to: s.to,
    durationMinutes: s.durationMinutes,
    stepMinutes: SLOT_STEP_MINUTES,
    busy: c.timeOff.filter((t) => t.provider_id === supervisorId).map(spanOf),
  });
  return new Set(onSite);
}

interface SearchContext {
  /** Hours and time off of the providers searched and of their supervisors. */
  hours: ProviderHoursRow[];
  /** Opening hours of the locations searched. */
  opening: HoursRow[];
  timeOff: TimeOffRow[];
  busy: Awaited<ReturnType<typeof busyByProvider>>;
  closures: Map<string, BusySpan[]>;
  extra: { provider_id: string; location_id: string; start_at: string; end_at: string }[];
}

/** A provider's candidate start instants (epoch ms) at one location: weekly hours plus one-off extra hours, minus busy time and closures. */
function candidatesAt(p: { id: string }, l: LocationRow, s: SlotSearch, c: SearchContext): number[] {
  const busy = [...(c.busy.timeOff.get(p.id) ?? []), ...(c.closures.get(l.id) ?? [])];
  const booked = c.busy.booked.get(p.id);
  // The visit's own buffer must fit too: search with it, then report the visit's real end.
  const durationMinutes = s.durationMinutes + (s.bufferAfterMinutes ?? 0);
  const weekly = weeklyOf(c, p.id, l.id);
  const regular = weekly.length
    ? availableStarts({
        timeZone: l.time_zone,
        hours: weekly,
        from: s.from,
        to: s.to,
        durationMinutes,
        stepMinutes: SLOT_STEP_MINUTES,
        busy,
        ...(booked ? { booked } : {}),
        notBefore: s.notBefore,
      })
    : [];
  const windows = c.extra
    .filter((e) => e.provider_id === p.id && e.location_id === l.id)
    .map((e) => ({ start: e.start_at, end: e.end_at }));
  if (!windows.length) return regular;
  const extra = startsInWindows({
    windows,
    durationMinutes,
    stepMinutes: SLOT_STEP_MINUTES,
    busy,
    ...(booked ? { booked } : {}),
    from: s.from,
    to: s.to,
    notBefore: s.notBefore,
  });
  const seen = new Set(regular);
  return [...regular, ...extra.filter((e) => !seen.has(e))];
}

/** The catalogue rows a search needs: its providers' (and their supervisors') hours, time off and extra hours, and its locations' opening hours and closures within the range. */
function searchedRows(
  catalog: ScheduleCatalog,
  s: SlotSearch,
  providers: { id: string; supervisor_id: string | null }[],
  locationIds: string[],
) {
  const ids = new Set(providers.map((p) => p.id));
  const withSupervisors = new Set([
    ...ids,
    ...providers.flatMap((p) => (p.supervisor_id ? [p.supervisor_id] : [])),
  ]);
  const atLocation = new Set(locationIds);
  const inRange = (r: { start_at: string; end_at: string }) => r.end_at > s.from && r.start_at < s.to;
  return {
    hours: catalog.providerHours.filter(
      (h) => withSupervisors.has(h.provider_id) && atLocation.has(h.location_id),
    ),
    opening: catalog.locationHours.filter((h) => atLocation.has(h.location_id)),
    timeOff: catalog.timeOff.filter((t) => withSupervisors.has(t.provider_id) && inRange(t)),
    closed: catalog.closures.filter((c) => atLocation.has(c.location_id) && inRange(c)),
    extra: catalog.extraHours.filter((e) => ids.has(e.provider_id) && inRange(e)),
  };
}

/**
 * The open starts (epoch ms) of every provider at every location they work, from their hours (weekly and one-off)
 * minus bookings, buffers, time off and location closures. A resident sees patients only while their supervising
 * physician is on site, and a location with rooms needs a free one. Pairs run in provider-id order, each provider's
 * locations in the catalogue's order; a pair's starts are not sorted.
 */
async function openStarts(db: Database, s: SlotSearch) {
  const catalog = await scheduleCatalog(db, s.from, s.catalog);
  const wantedProviders = s.providerIds && new Set(s.providerIds);
  const wantedLocations = s.locationIds && new Set(s.locationIds);
  const providers = catalog.providers.filter((p) => !wantedProviders || wantedProviders.has(p.id));
  // A retired location is offered nowhere.
  const locations = catalog.locations.filter(
    (l) => l.retired_at === null && (!wantedLocations || wantedLocations.has(l.id)),
  );
  const ids = providers.map((p) => p.id);
  const locationIds = locations.map((l) => l.id);
  const { hours, opening, timeOff, closed, extra } = searchedRows(catalog, s, providers, locationIds);
  const rooms = await roomAvailability(db, catalog, locationIds, s.from, s.to, s.ignoreAppointmentId);
  const busy = await busyByProvider(db, catalog, ids, timeOff, s);
  const closures = new Map(
    locationIds.map((id) => [id, closed.filter((c) => c.location_id === id).map(spanOf)]),
  );
  const context: SearchContext = { hours, opening, timeOff, busy, closures, extra };
  const durationMs = s.durationMinutes * 60_000;
  const bufferMs = (s.bufferAfterMinutes ?? 0) * 60_000;
  const pairs = [...providers]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .flatMap((p) => locations.map((l) => ({ p, l })));
  const starts = pairs.map(({ p, l }) => {
    const candidates = candidatesAt(p, l, s, context);
    if (!candidates.length) return candidates;
    const supervised =
      p.role === 'resident' && p.supervisor_id ? supervisedStarts(s, p.supervisor_id, l, context) : null;
    const roomsHere = rooms.get(l.id);
    return candidates.filter(
      (start) =>
        (!supervised || supervised.has(start)) &&
        (!roomsHere || roomsHere.hasFreeRoomMs(start, start + durationMs + bufferMs)), // else every room is taken
    );
  });
  return { pairs, starts, durationMs };
}

/** Formats instants (epoch ms) as `YYYY-MM-DDTHH:MM:SSZ`, each once: slots share their times across providers. */
function instantFormatter(): (ms: number) => string {
  const text = new Map<number, string>();
  return (ms) => text.get(ms) ?? text.set(ms, formatEpochMs(ms)).get(ms) ?? '';
}

/** Open slots (see `openStarts`), sorted by start, then provider, then location in the catalogue's order. */
export async function searchSlots(db: Database, s: SlotSearch): Promise<Slot[]> {
  const { pairs, starts, durationMs } = await openStarts(db, s);
  // A slot sorts by one number, second × pairs + pair (instants are whole seconds throughout, so it is exact).
  const keys: number[] = [];
  starts.forEach((list, pair) => {
    for (const start of list) keys.push((start / 1000) * pairs.length + pair);
  });
  const sorted = Float64Array.from(keys).sort();
  const format = instantFormatter();
  return Array.from(sorted, (key) => {
    const pair = key % pairs.length;
    const start = ((key - pair) / pairs.length) * 1000;
    const { p, l } = pairs[pair] ?? { p: { id: '' }, l: { id: '' } };
    return {
      start: format(start),
      end: format(start + durationMs),
      providerId: p.id,
      locationId: l.id,
      visitType: s.visitType,
    };
  });
}

/**
 * Open slots (see `openStarts`) as the availability answer sends them: one group per provider and location that has
 * any, its starts in time order. No object per slot is built.
 */
export async function searchSlotGroups(db: Database, s: SlotSearch): Promise<SlotGroup[]> {
  const { pairs, starts } = await openStarts(db, s);
  const format = instantFormatter();
  return pairs.flatMap(({ p, l }, pair) => {
    const list = starts[pair] ?? [];
    if (!list.length) return [];
    return [
      {
        providerId: p.id,
        locationId: l.id,
        visitType: s.visitType,
        minutes: s.durationMinutes,
        starts: Array.from(Float64Array.from(list).sort(), format),
      },
    ];
  });
}
