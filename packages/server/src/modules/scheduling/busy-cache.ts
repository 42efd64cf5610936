import { liveAppointmentsFrom, scheduleVersions, type Database } from '@omt/db';

const DAY_MS = 86_400_000;
/** Searches spanning at most this long read the database directly instead of the cache. */
const NARROW_MS = 2 * DAY_MS;

/** One live appointment as the availability search needs it, in epoch ms. */
export interface Booked {
  id: string;
  start: number;
  end: number;
  visitType: string;
}

interface Entry {
  version: number;
  /** Appointments starting after this instant (epoch ms) are held. */
  from: number;
  booked: Booked[];
}

const caches = new WeakMap<Database, Map<string, Entry>>();

function cacheOf(db: Database): Map<string, Entry> {
  const cache = caches.get(db) ?? new Map<string, Entry>();
  caches.set(db, cache);
  return cache;
}

/**
 * Each provider's live appointments that touch [from, to). A provider's bookings are read once and kept until
 * their schedule version (bumped by database triggers on any change, from any process) moves, so a search
 * reads one small version row per provider instead of every booking. Versions are read before bookings, so
 * a change in between only makes the next search read again.
 */
export async function bookedByProvider(
  db: Database,
  providerIds: string[],
  from: string,
  to: string,
): Promise<Map<string, Booked[]>> {
  const fromMs = Date.parse(from);
  const toMs = Date.parse(to);
  const lower = fromMs - DAY_MS; // no visit lasts a day
  if (toMs - fromMs <= NARROW_MS) return readDirectly(db, providerIds, lower, to);
  const cache = cacheOf(db);
  const versions = await scheduleVersions(db, providerIds);
  const stale = providerIds.filter((id) => {
    const entry = cache.get(id);
    return !entry || entry.version !== versions.get(id) || entry.from > lower;
  });
  if (stale.length) await reload(db, cache, stale, versions, lower);
  const result = new Map<string, Booked[]>();
  for (const id of providerIds) {
    const booked = cache.get(id)?.booked ?? [];
    result.set(id, within(booked, fromMs, toMs));
  }
  return result;
}

/** A booking's own check looks at a few hours: one indexed read beats refreshing the provider's cache. */
async function readDirectly(
  db: Database,
  providerIds: string[],
  lower: number,
  to: string,
): Promise<Map<string, Booked[]>> {
  const rows = await liveAppointmentsFrom(db, providerIds, new Date(lower).toISOString(), to);
  return groupByProvider(providerIds, rows);
}

async function reload(
  db: Database,
  cache: Map<string, Entry>,
  ids: string[],
  versions: Map<string, number>,
  from: number,
): Promise<void> {
  const rows = await liveAppointmentsFrom(db, ids, new Date(from).toISOString());
  for (const [id, booked] of groupByProvider(ids, rows)) {
    cache.set(id, { version: versions.get(id) ?? 0, from, booked });
  }
}

type Row = { id: string; provider_id: string; start_at: string; end_at: string; visit_type: string };

/** Rows as each provider's bookings, sorted by start. */
function groupByProvider(ids: string[], rows: Row[]): Map<string, Booked[]> {
  const byProvider = new Map<string, Booked[]>(ids.map((id) => [id, []]));
  for (const r of rows) {
    byProvider.get(r.provider_id)?.push({
      id: r.id,
      start: Date.parse(r.start_at),
      end: Date.parse(r.end_at),
      visitType: r.visit_type,
    });
  }
  for (const booked of byProvider.values()) booked.sort((a, b) => a.start - b.start);
  return byProvider;
}

/** The bookings (sorted by start, each shorter than a day) that overlap [from, to). */
function within(booked: Booked[], from: number, to: number): Booked[] {
  let lo = 0;
  let hi = booked.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((booked[mid]?.start ?? Infinity) <= from - DAY_MS) lo = mid + 1;
    else hi = mid;
  }
  const out: Booked[] = [];
  for (const b of booked.slice(lo)) {
    if (b.start >= to) break;
    if (b.end > from) out.push(b);
  }
  return out;
}
