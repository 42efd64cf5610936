import type { Selectable } from 'kysely';
import type { Database } from '../connection';
import type {
  ExtraHoursTable,
  LocationClosureTable,
  LocationHoursTable,
  LocationRow,
  ProviderHoursRow,
  RoomTable,
  TimeOffTable,
  UserRow,
  VisitTypeRow,
} from '../schema';
import { listLocations, listProviderHours, listVisitTypes } from './catalog';
import { listLocationHours } from './location-hours';
import { listProviderUsers } from './users';

/** Everything an availability search or a booking check reads besides the bookings themselves. */
export interface ScheduleCatalog {
  /** The catalogue version this was read at (or before). */
  version: number;
  /** Time off, closures and extra hours ending before this instant are left out. */
  since: string;
  locations: LocationRow[];
  locationHours: Selectable<LocationHoursTable>[];
  visitTypes: VisitTypeRow[];
  /** Physicians and residents, by name. */
  providers: UserRow[];
  providerHours: ProviderHoursRow[];
  rooms: Selectable<RoomTable>[];
  timeOff: Selectable<TimeOffTable>[];
  extraHours: Selectable<ExtraHoursTable>[];
  closures: Selectable<LocationClosureTable>[];
}

/** The catalogue version (migration 0016's triggers bump it on every change). */
export async function catalogVersion(db: Database): Promise<number> {
  const row = await db.selectFrom('catalog_version').select('version').where('id', '=', 1).executeTakeFirst();
  return row?.version ?? 0;
}

/** Reads the whole scheduling catalogue; read the version first, so a change in between only forces a re-read. */
export async function loadScheduleCatalog(
  db: Database,
  version: number,
  since: string,
): Promise<ScheduleCatalog> {
  const [
    locations,
    locationHours,
    visitTypes,
    providers,
    providerHours,
    rooms,
    timeOff,
    extraHours,
    closures,
  ] = await Promise.all([
    listLocations(db),
    listLocationHours(db),
    listVisitTypes(db),
    listProviderUsers(db),
    listProviderHours(db, {}),
    db.selectFrom('rooms').selectAll().orderBy('location_id').orderBy('name').execute(),
    db.selectFrom('time_off').selectAll().where('end_at', '>', since).orderBy('start_at').execute(),
    db.selectFrom('extra_hours').selectAll().where('end_at', '>', since).orderBy('start_at').execute(),
    db.selectFrom('location_closures').selectAll().where('end_at', '>', since).orderBy('start_at').execute(),
  ]);
  return {
    version,
    since,
    locations,
    locationHours,
    visitTypes,
    providers,
    providerHours,
    rooms,
    timeOff,
    extraHours,
    closures,
  };
}
