import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { API } from '@omt/contracts';
import {
  findLocation,
  insertRoom,
  listRooms,
  listLocationHours,
  listLocations,
  listProviders,
  listVisitTypes,
} from '@omt/db';
import { eligibleVisitTypes } from '../scheduling/eligibility';
import { changeVisitType, presentVisitType } from './visit-types';
import { fail } from '../../errors';
import type { AppDeps } from '../../context';
import { defineRoute } from '../../http/define-route';

/** Locations, visit types and providers: clinic facts, no patient data. */
export function catalogRoutes(app: FastifyInstance, deps: AppDeps): void {
  defineRoute(app, deps, API.locations, async (_i, ctx) => {
    const [locations, hours] = await Promise.all([listLocations(ctx.db), listLocationHours(ctx.db)]);
    return locations.map((l) => ({
      id: l.id,
      name: l.name,
      timeZone: l.time_zone,
      address: l.address,
      phone: l.phone,
      openingHours: hours
        .filter((h) => h.location_id === l.id)
        .map((h) => ({ weekday: h.weekday, start: h.start_time, end: h.end_time })),
    }));
  });
  // Patients see what they may book online; staff see every visit type; given a patient, only what fits them.
  defineRoute(app, deps, API.visitTypes, async ({ query }, ctx) => {
    const all = (await listVisitTypes(ctx.db)).filter(
      (v) => ctx.user.role !== 'patient' || v.online_bookable === 1,
    );
    const offered = query.patientId ? await eligibleVisitTypes(ctx, query.patientId, all) : all;
    return offered.map(presentVisitType);
  });
  defineRoute(app, deps, API.updateVisitType, ({ params, body }, ctx) =>
    changeVisitType(ctx, params.id, body),
  );
  defineRoute(app, deps, API.listRooms, async ({ params }, ctx) => {
    if (!(await findLocation(ctx.db, params.id))) throw fail.notFound('location');
    return (await listRooms(ctx.db, [params.id])).map((r) => ({
      id: r.id,
      locationId: r.location_id,
      name: r.name,
    }));
  });
  defineRoute(app, deps, API.addRoom, async ({ params, body }, ctx) => {
    ctx.requireRole('admin');
    if (!(await findLocation(ctx.db, params.id))) throw fail.notFound('location');
    const id = randomUUID();
    await insertRoom(ctx.db, { id, location_id: params.id, name: body.name, created_at: ctx.now() });
    return { id, locationId: params.id, name: body.name };
  });
  defineRoute(app, deps, API.providers, async (_i, ctx) =>
    (await listProviders(ctx.db)).map((p) => ({
      id: p.id,
      displayName: p.display_name,
      credential: p.credential,
      role: p.role as 'physician' | 'resident',
      locationIds: p.locationIds,
    })),
  );
}
