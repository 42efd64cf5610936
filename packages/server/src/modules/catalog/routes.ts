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
  // Patients see what they may book online; staff see every visit type.
  defineRoute(app, deps, API.visitTypes, async (_i, ctx) =>
    (await listVisitTypes(ctx.db))
      .filter((v) => ctx.user.role !== 'patient' || v.online_bookable === 1)
      .map((v) => ({
        id: v.id,
        name: v.name,
        durationMinutes: v.duration_minutes,
        requiresConsultation: v.requires_consultation === 1,
        description: v.description,
        bufferAfterMinutes: v.buffer_after_minutes,
        onlineBookable: v.online_bookable === 1,
        minNoticeMinutes: v.min_notice_minutes,
        maxHorizonDays: v.max_horizon_days,
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
