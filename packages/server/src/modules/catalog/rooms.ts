import { randomUUID } from 'node:crypto';
import { findLocation, findRoom, insertRoom, listRooms, renameRoom, retireCatalogueItem } from '@omt/db';
import type { CreateRoom, Room } from '@omt/contracts';
import type { RequestContext } from '../../context';
import { fail } from '../../errors';
import { auditSetup } from './audit';

function present(r: { id: string; location_id: string; name: string; retired_at: string | null }): Room {
  return { id: r.id, locationId: r.location_id, name: r.name, retired: r.retired_at !== null };
}

async function requireRoom(ctx: RequestContext, id: string) {
  const room = await findRoom(ctx.db, id);
  if (!room) throw fail.notFound('room');
  return room;
}

/** A location's rooms; retired ones are listed (marked) so the admin can see them. */
export async function roomsOf(ctx: RequestContext, locationId: string): Promise<Room[]> {
  if (!(await findLocation(ctx.db, locationId))) throw fail.notFound('location');
  return (await listRooms(ctx.db, [locationId])).map(present);
}

export async function addRoom(ctx: RequestContext, locationId: string, body: CreateRoom): Promise<Room> {
  ctx.requireRole('admin');
  const location = await findLocation(ctx.db, locationId);
  if (!location) throw fail.notFound('location');
  if (location.retired_at !== null)
    throw fail.unprocessable('location_retired', `${location.name} is retired: it takes no new rooms`);
  const id = randomUUID();
  await auditSetup(ctx, 'room.create', 'room', id, body.name);
  await insertRoom(ctx.db, { id, location_id: locationId, name: body.name, created_at: ctx.now() });
  return present(await requireRoom(ctx, id));
}

export async function changeRoomName(ctx: RequestContext, id: string, body: CreateRoom): Promise<Room> {
  ctx.requireRole('admin');
  const room = await requireRoom(ctx, id);
  await auditSetup(ctx, 'room.rename', 'room', id, `${room.name} → ${body.name}`);
  await renameRoom(ctx.db, id, body.name);
  return present(await requireRoom(ctx, id));
}

/** New visits no longer take a retired room; visits already in it keep it. */
export async function retireRoom(ctx: RequestContext, id: string): Promise<Room> {
  ctx.requireRole('admin');
  const room = await requireRoom(ctx, id);
  await auditSetup(ctx, 'room.retire', 'room', id, room.name);
  await retireCatalogueItem(ctx.db, 'rooms', id, ctx.now());
  return present(await requireRoom(ctx, id));
}
