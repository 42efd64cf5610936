import { catalogVersion, loadScheduleCatalog, type Database, type ScheduleCatalog } from '@omt/db';

/** Time off, closures and extra hours are kept from this long before the earliest search asked for. */
const KEEP_BEFORE_MS = 2 * 86_400_000;

const cached = new WeakMap<Database, ScheduleCatalog>();

/**
 * The scheduling catalogue (locations and hours, visit types, providers and hours, rooms, time off, closures,
 * extra hours) for a search starting at `from`. It is kept in memory and re-read only when its version moved
 * (triggers bump it on any change, from any process) or when a search starts before what is held: a search
 * or a booking check then reads one small row instead of nine tables. A caller that already `held` one for
 * this request passes it on; one that read the catalogue's marker with the schedule versions (`scheduleMarkers`)
 * passes the `marker`.
 */
export async function scheduleCatalog(
  db: Database,
  from: string,
  held?: ScheduleCatalog,
  marker?: number,
): Promise<ScheduleCatalog> {
  if (held && held.since <= from) return held; // read once per request by the caller
  const version = marker ?? (await catalogVersion(db));
  const hit = cached.get(db);
  if (hit && hit.version === version && hit.since <= from) return hit;
  const wanted = new Date(Date.parse(from) - KEEP_BEFORE_MS).toISOString();
  const since = hit && hit.since < wanted ? hit.since : wanted;
  const fresh = await loadScheduleCatalog(db, version, since);
  cached.set(db, fresh);
  return fresh;
}
