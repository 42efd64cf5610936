import type { FastifyInstance } from 'fastify';
import { API } from '@omt/contracts';
import { listProviders, listVisitTypes } from '@omt/db';
import { eligibleVisitTypes } from '../scheduling/eligibility';
import { changeVisitType, createVisitType, presentVisitType, retireVisitType } from './visit-types';
import { changeLocation, createLocation, locationList, retireLocation } from './locations';
import { addRoom, changeRoomName, retireRoom, roomsOf } from './rooms';
import { removeClosure, removeTimeOff } from './removals';
import type { AppDeps } from '../../context';
import { defineRoute } from '../../http/define-route';

/** Locations, visit types, rooms and providers: clinic facts, no patient data. */
export function catalogRoutes(app: FastifyInstance, deps: AppDeps): void {
  defineRoute(app, deps, API.locations, ({ query }, ctx) => locationList(ctx, query));
  defineRoute(app, deps, API.createLocation, ({ body }, ctx) => createLocation(ctx, body));
  defineRoute(app, deps, API.updateLocation, ({ params, body }, ctx) => changeLocation(ctx, params.id, body));
  defineRoute(app, deps, API.retireLocation, ({ params }, ctx) => retireLocation(ctx, params.id));
  // Patients see what they may book online; staff see every visit type in use (an admin also the retired
  // ones); given a patient, only what fits them.
  defineRoute(app, deps, API.visitTypes, async ({ query }, ctx) => {
    const withRetired = query.includeRetired === 'true' && ctx.user.role === 'admin';
    const all = (await listVisitTypes(ctx.db)).filter(
      (v) =>
        (withRetired || v.retired_at === null) && (ctx.user.role !== 'patient' || v.online_bookable === 1),
    );
    const offered = query.patientId ? await eligibleVisitTypes(ctx, query.patientId, all) : all;
    return offered.map(presentVisitType);
  });
  defineRoute(app, deps, API.createVisitType, ({ body }, ctx) => createVisitType(ctx, body));
  defineRoute(app, deps, API.updateVisitType, ({ params, body }, ctx) =>
    changeVisitType(ctx, params.id, body),
  );
  defineRoute(app, deps, API.retireVisitType, ({ params }, ctx) => retireVisitType(ctx, params.id));
  defineRoute(app, deps, API.listRooms, ({ params }, ctx) => roomsOf(ctx, params.id));
  defineRoute(app, deps, API.addRoom, ({ params, body }, ctx) => addRoom(ctx, params.id, body));
  defineRoute(app, deps, API.renameRoom, ({ params, body }, ctx) => changeRoomName(ctx, params.id, body));
  defineRoute(app, deps, API.retireRoom, ({ params }, ctx) => retireRoom(ctx, params.id));
  defineRoute(app, deps, API.deleteClosure, ({ params }, ctx) => removeClosure(ctx, params.id));
  defineRoute(app, deps, API.deleteTimeOff, ({ params }, ctx) => removeTimeOff(ctx, params.id));
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
