import type { Selectable } from 'kysely';
import type { Database } from '../connection';
import { preparedQuery } from '../prepared-query';
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
import { END_OF_TIME, listLocations, listProviderHours, listTimeOff, listVisitTypes } from './catalog';
import { listClosures, listExtraHours } from './exceptions';
import { listRooms } from './rooms';
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

/** Read by every booking and search: compiled once (`prepared-query.ts`). */
const versionRow = preparedQuery((db: Database) =>
  db.selectFrom('catalog_version').select('version').where('id', '=', 1),
);

/** The catalogue version (migration 0016's triggers bump it on every change). */
export async function catalogVersion(db: Database): Promise<number> {
  const [row] = await versionRow(db);
  return row?.version ?? 0;
}

/** Reads the whole scheduling catalogue; read the version first, so a change in between only forces a re-read. */
export async function loadScheduleCatalog(
  db: Database,
  version: number,
  since: string,
): Promise<ScheduleCatalog> {
  return {
    version,
    since,
    locations: await listLocations(db),
    locationHours: await listLocationHours(db),
    visitTypes: await listVisitTypes(db),
    providers: await listProviderUsers(db),
    providerHours: await listProviderHours(db, {}),
    rooms: await listRooms(db),
    timeOff: await listTimeOff(db, undefined, since, END_OF_TIME),
    extraHours: await listExtraHours(db, undefined, since, END_OF_TIME),
    closures: await listClosures(db, undefined, since, END_OF_TIME),
  };
}
