import type { Database } from '../connection';
import type { Insertable } from 'kysely';
import type { RoomTable } from '../schema';
import { earliestStartEndingAfter, ENDED_STATUSES } from './appointments';

export async function insertRoom(db: Database, row: Insertable<RoomTable>): Promise<void> {
  await db.insertInto('rooms').values(row).execute();
}

export function findRoom(db: Database, id: string) {
  return db.selectFrom('rooms').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function renameRoom(db: Database, id: string, name: string): Promise<void> {
  await db.updateTable('rooms').set({ name }).where('id', '=', id).execute();
}

/** The rooms of the given locations (all when undefined), by location and name. */
export function listRooms(db: Database, locationIds?: string[]) {
  return db
    .selectFrom('rooms')
    .selectAll()
    .$if(locationIds !== undefined, (q) =>
      q.where('location_id', 'in', locationIds?.length ? locationIds : ['']),
    )
    .orderBy('location_id')
    .orderBy('name')
    .execute();
}

/**
 * Bookings holding the given rooms (not cancelled or no-show, which free them) starting before `to` and at most
 * a day before `from`, with their visit type: a room stays taken through the visit's rest time, which the caller
 * adds before checking overlap.
 */
export async function roomBookings(db: Database, roomIds: string[], from: string, to: string) {
  if (!roomIds.length) return []; // a location without rooms: nothing to read
  return db
    .selectFrom('appointments')
    .select(['id', 'room_id', 'start_at', 'end_at', 'visit_type'])
    .where('room_id', 'in', roomIds)
    .where('status', 'not in', ENDED_STATUSES)
    .where('start_at', '<', to)
    .where('start_at', '>', earliestStartEndingAfter(from))
    .execute();
}
