import { randomUUID } from 'node:crypto';
import {
  findLocation,
  insertLocation,
  listLocationHours,
  listLocations,
  retireCatalogueItem,
  updateLocation,
  type LocationRow,
} from '@omt/db';
import type { CatalogListQuery, Location, LocationInput } from '@omt/contracts';
import type { RequestContext } from '../../context';
import { fail } from '../../errors';
import { auditSetup } from './audit';

async function present(ctx: RequestContext, rows: LocationRow[]): Promise<Location[]> {
  const hours = await listLocationHours(
    ctx.db,
    rows.map((l) => l.id),
  );
  return rows.map((l) => ({
    id: l.id,
    name: l.name,
    timeZone: l.time_zone,
    address: l.address,
    phone: l.phone,
    openingHours: hours
      .filter((h) => h.location_id === l.id)
      .map((h) => ({ weekday: h.weekday, start: h.start_time, end: h.end_time })),
    retired: l.retired_at !== null,
  }));
}

async function presentOne(ctx: RequestContext, id: string): Promise<Location> {
  const row = await findLocation(ctx.db, id);
  if (!row) throw fail.notFound('location');
  const [location] = await present(ctx, [row]);
  if (!location) throw fail.notFound('location');
  return location;
}

/** Locations in use; an admin may ask for the retired ones too. */
export async function locationList(ctx: RequestContext, q: CatalogListQuery): Promise<Location[]> {
  const all = await listLocations(ctx.db);
  const withRetired = q.includeRetired === 'true' && ctx.user.role === 'admin';
  return present(
    ctx,
    all.filter((l) => withRetired || l.retired_at === null),
  );
}

export async function createLocation(ctx: RequestContext, body: LocationInput): Promise<Location> {
  ctx.requireRole('admin');
  const id = randomUUID();
  await auditSetup(ctx, 'location.create', 'location', id, `${body.name} (${body.timeZone})`);
  await insertLocation(ctx.db, {
    id,
    name: body.name,
    time_zone: body.timeZone,
    address: body.address,
    phone: body.phone,
  });
  return presentOne(ctx, id);
}

export async function changeLocation(
  ctx: RequestContext,
  id: string,
  body: LocationInput,
): Promise<Location> {
  ctx.requireRole('admin');
  if (!(await findLocation(ctx.db, id))) throw fail.notFound('location');
  await auditSetup(ctx, 'location.update', 'location', id, `${body.name} (${body.timeZone})`);
  await updateLocation(ctx.db, id, {
    name: body.name,
    time_zone: body.timeZone,
    address: body.address,
    phone: body.phone,
  });
  return presentOne(ctx, id);
}

/** Retired, not deleted: visits keep naming it, but it is offered nowhere and cannot be booked. */
export async function retireLocation(ctx: RequestContext, id: string): Promise<Location> {
  ctx.requireRole('admin');
  const row = await findLocation(ctx.db, id);
  if (!row) throw fail.notFound('location');
  await auditSetup(ctx, 'location.retire', 'location', id, row.name);
  await retireCatalogueItem(ctx.db, 'locations', id, ctx.now());
  return presentOne(ctx, id);
}
