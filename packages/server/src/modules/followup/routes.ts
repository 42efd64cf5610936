import type { FastifyInstance } from 'fastify';
import { API } from '@omt/contracts';
import type { AppDeps } from '../../context';
import { defineRoute } from '../../http/define-route';
import {
  acknowledge,
  aftercare,
  checkInForm,
  listCheckIns,
  submitCheckIn,
  worklist,
  worklistStamp,
} from './service';
import {
  checkInDays,
  checkInSeries,
  clearUnansweredCheckIn,
  openCheckIns,
  saveCheckInDays,
} from './check-in-series-service';

export function followupRoutes(app: FastifyInstance, deps: AppDeps): void {
  defineRoute(app, deps, API.aftercare, ({ params, query }, ctx) => aftercare(ctx, params.id, query.lang));
  defineRoute(app, deps, API.checkInForm, () => Promise.resolve(checkInForm()));
  defineRoute(app, deps, API.submitCheckIn, ({ params, body }, ctx) => submitCheckIn(ctx, params.id, body));
  defineRoute(app, deps, API.listCheckIns, ({ params }, ctx) => listCheckIns(ctx, params.id));
  defineRoute(app, deps, API.worklist, (_i, ctx) => worklist(ctx));
  defineRoute(app, deps, API.worklistStamp, (_i, ctx) => worklistStamp(ctx));
  defineRoute(app, deps, API.acknowledgeCheckIn, ({ params, body }, ctx) =>
    acknowledge(ctx, params.id, body),
  );
  defineRoute(app, deps, API.openCheckIns, (_i, ctx) => openCheckIns(ctx));
  defineRoute(app, deps, API.checkInSeries, ({ params }, ctx) => checkInSeries(ctx, params.id));
  defineRoute(app, deps, API.clearUnansweredCheckIn, ({ params }, ctx) =>
    clearUnansweredCheckIn(ctx, params.id),
  );
  defineRoute(app, deps, API.checkInDays, (_i, ctx) => checkInDays(ctx));
  defineRoute(app, deps, API.saveCheckInDays, ({ body }, ctx) => saveCheckInDays(ctx, body));
}
