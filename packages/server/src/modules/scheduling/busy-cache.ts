import { liveAppointmentsFrom, scheduleVersions, type Database } from '@omt/db';
import { BusyIndex } from '@omt/domain';

const DAY_MS = 86_400_000;
/** Searches spanning at most this long read the database directly instead of the cache. */
const NARROW_MS = 2 * DAY_MS;

/** One live appointment as the availability search needs it, in epoch ms. */
interface Booked {
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
  /** The bookings with their buffers as an index, and the buffers it was built with. */
  index?: { buffers: string; index: BusyIndex };
}

/** Rest time after each visit type, in ms, worked out once per catalogue read (`restTimesOf`). */
export interface Buffers {
  byType: Map<string, number>;
  /** The rest times as text: an index built with other ones is built again. */
  key: string;
}

/** The key of a visit type → rest time map (`Buffers.key`). */
export const buffersKey = (byType: Map<string, number>) => JSON.stringify([...byType].sort());

export interface BookedRange {
  from: string;
  to: string;
  /** When moving an appointment, its own time does not count as booked. */
  ignoreAppointmentId?: string | undefined;
  /** Each provider's schedule version, when the caller read them for this request (`scheduleMarkers`). */
  scheduleVersions?: Map<string, number> | undefined;
}

const caches = new WeakMap<Database, Map<string, Entry>>();

function cacheOf(db: Database): Map<string, Entry> {
  const cache = caches.get(db) ?? new Map<string, Entry>();
  caches.set(db, cache);
  return cache;
}

/**
 * Each provider's booked time (visits plus their visit type's buffer) near the range, as an index.
 *
 * A wide search keeps each provider's bookings, and their index, until the provider's schedule version moves
 * (database triggers bump it on any change, from any process) or the buffers change: a search then reads one
 * small version row per provider instead of every booking. Versions are read before bookings, so a change in
 * between only makes the next search read again (a caller that read them with the catalogue's marker passes them in
 * `range`). A booking's own check spans hours and reads directly.
 */
export async function bookedIndexes(
  db: Database,
  providerIds: string[],
  range: BookedRange,
  buffers: Buffers,
): Promise<Map<string, BusyIndex>> {
  const from = Date.parse(range.from) - DAY_MS; // no visit lasts a day
  const narrow = Date.parse(range.to) - Date.parse(range.from) <= NARROW_MS;
  if (narrow || range.ignoreAppointmentId) {
    const rows = await liveAppointmentsFrom(db, providerIds, new Date(from).toISOString(), range.to);
    const byProvider = groupByProvider(providerIds, rows);
    return new Map(
      providerIds.map((id) => [
        id,
        indexOf(byProvider.get(id) ?? [], buffers.byType, range.ignoreAppointmentId),
      ]),
    );
  }
  const entries = await freshEntries(db, providerIds, from, range.scheduleVersions);
  const { key } = buffers;
  return new Map(
    entries.map(([id, entry]) => {
      if (entry.index?.buffers !== key) {
        entry.index = { buffers: key, index: indexOf(entry.booked, buffers.byType) };
      }
      return [id, entry.index.index];
    }),
  );
}

/** The cache entries of the providers, re-read where the version moved or they start too late. */
async function freshEntries(
  db: Database,
  ids: string[],
  from: number,
  read?: Map<string, number>,
): Promise<[string, Entry][]> {
  const cache = cacheOf(db);
  const versions = read ?? (await scheduleVersions(db, ids));
  const stale = ids.filter((id) => {
    const entry = cache.get(id);
    return !entry || entry.version !== (versions.get(id) ?? 0) || entry.from > from;
  });
  if (stale.length) {
    const rows = await liveAppointmentsFrom(db, stale, new Date(from).toISOString());
    for (const [id, booked] of groupByProvider(stale, rows)) {
      cache.set(id, { version: versions.get(id) ?? 0, from, booked });
    }
  }
  return ids.flatMap((id): [string, Entry][] => {
    const entry = cache.get(id);
    return entry ? [[id, entry]] : [];
  });
}

function indexOf(booked: Booked[], buffers: Map<string, number>, ignoreId?: string): BusyIndex {
  const spans: [number, number][] = [];
  for (const b of booked) {
    if (b.id !== ignoreId) spans.push([b.start, b.end + (buffers.get(b.visitType) ?? 0)]);
  }
  return new BusyIndex(spans);
}

type Row = { id: string; provider_id: string; start_at: string; end_at: string; visit_type: string };

/** Rows as each provider's bookings. */
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
  return byProvider;
}
