import { roomBookings, type Database, type ScheduleCatalog } from '@omt/db';
import { RoomAvailability } from '@omt/domain';
import { fail } from '../../errors';
import { restEnd } from './blocks';

/** Each location's rooms and their bookings (through each visit's rest time) near [from, to), ready to ask "is a table free then?". */
export async function roomAvailability(
  db: Database,
  catalog: ScheduleCatalog,
  locationIds: string[],
  from: string,
  to: string,
  ignoreAppointmentId?: string,
): Promise<Map<string, RoomAvailability>> {
  const wanted = new Set(locationIds);
  const rooms = catalog.rooms.filter((r) => wanted.has(r.location_id));
  const booked = await roomBookings(
    db,
    rooms.map((r) => r.id),
    from,
    to,
  );
  const rest = new Map(catalog.visitTypes.map((v) => [v.id, v.buffer_after_minutes]));
  const byLocation = new Map<string, RoomAvailability>();
  for (const locationId of locationIds) {
    const here = rooms.filter((r) => r.location_id === locationId);
    byLocation.set(
      locationId,
      new RoomAvailability(
        here.map((r) => ({
          roomId: r.id,
          busy: booked
            .filter((b) => b.room_id === r.id && b.id !== ignoreAppointmentId)
            .map((b) => ({ start: b.start_at, end: restEnd(b.end_at, rest.get(b.visit_type) ?? 0) })),
        })),
      ),
    );
  }
  return byLocation;
}

/** The first free room for a visit, null where the location has no rooms, 409 when every room is taken. */
export async function chooseRoom(
  db: Database,
  catalog: ScheduleCatalog,
  locationId: string,
  start: string,
  end: string,
  ignoreAppointmentId?: string,
): Promise<string | null> {
  const rooms = (await roomAvailability(db, catalog, [locationId], start, end, ignoreAppointmentId)).get(
    locationId,
  );
  if (!rooms?.hasRooms) return null;
  const [free] = rooms.freeRooms(start, end);
  if (!free)
    throw fail.conflict(
      'no_room',
      'every treatment room is taken at this time: choose another slot',
      'start',
    );
  return free;
}
