import type { FastifyInstance } from 'fastify';
import { API } from '@omt/contracts';
import { listLocations, listProviders, listVisitTypes } from '@omt/db';
import type { AppDeps } from '../../context';
import { defineRoute } from '../../http/define-route';

/** Locations, visit types and providers: clinic facts, no patient data. */
export function catalogRoutes(app: FastifyInstance, deps: AppDeps): void {
  defineRoute(app, deps, API.locations, async (_i, ctx) =>
    (await listLocations(ctx.db)).map((l) => ({
      id: l.id,
      name: l.name,
      timeZone: l.time_zone,
      address: l.address,
      phone: l.phone,
    })),
  );
  defineRoute(app, deps, API.visitTypes, async (_i, ctx) =>
    (await listVisitTypes(ctx.db)).map((v) => ({
      id: v.id,
      name: v.name,
      durationMinutes: v.duration_minutes,
      requiresConsultation: v.requires_consultation === 1,
      description: v.description,
    })),
  );
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
