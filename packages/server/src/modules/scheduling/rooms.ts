import { roomBookings, type Database, type RoomChoice, type ScheduleCatalog } from '@omt/db';
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
  // A retired room takes no new visit (the visits already in it keep it).
  const rooms = catalog.rooms.filter((r) => r.retired_at === null && wanted.has(r.location_id));
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

/**
 * The rooms free for a visit as read now, best first, for the booking's transaction to take the first still free
 * then (`RoomChoice`); undefined where the location has no rooms. With none free it is 409 no_room, unless
 * `orNone` (a staff override goes ahead without a room).
 */
export async function roomChoice(
  db: Database,
  catalog: ScheduleCatalog,
  locationId: string,
  start: string,
  end: string,
  opts: { ignoreAppointmentId?: string; orNone?: boolean } = {},
): Promise<RoomChoice | undefined> {
  const rooms = (await roomAvailability(db, catalog, [locationId], start, end, opts.ignoreAppointmentId)).get(
    locationId,
  );
  if (!rooms?.hasRooms) return undefined;
  const free = rooms.freeRooms(start, end);
  if (!free.length && !opts.orNone) throw noRoom();
  return { rooms: free, orNone: opts.orNone ?? false };
}

function noRoom() {
  return fail.conflict('no_room', 'every treatment room is taken at this time: choose another slot', 'start');
}
