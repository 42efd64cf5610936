import type { FastifyInstance } from 'fastify';
import { API } from '@omt/contracts';
import type { AppDeps } from '../../context';
import { defineRoute } from '../../http/define-route';
import {
  previewClosure,
  previewDeactivation,
  previewTimeOff,
  scheduleConflictCount,
  scheduleConflicts,
  withdrawOffer,
} from './conflicts';

/** Visits left booked over closures, time off and deactivated providers, and the previews before saving those. */
export function scheduleConflictRoutes(app: FastifyInstance, deps: AppDeps): void {
  defineRoute(app, deps, API.scheduleConflicts, (_i, ctx) => scheduleConflicts(ctx));
  defineRoute(app, deps, API.scheduleConflictCount, (_i, ctx) => scheduleConflictCount(ctx));
  defineRoute(app, deps, API.previewClosure, ({ params, body }, ctx) => previewClosure(ctx, params.id, body));
  defineRoute(app, deps, API.previewTimeOff, ({ params, body }, ctx) => previewTimeOff(ctx, params.id, body));
  defineRoute(app, deps, API.previewDeactivation, ({ params }, ctx) => previewDeactivation(ctx, params.id));
  defineRoute(app, deps, API.withdrawOffer, ({ params }, ctx) => withdrawOffer(ctx, params.id));
}
