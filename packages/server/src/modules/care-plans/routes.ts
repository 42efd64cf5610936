import type { FastifyInstance } from 'fastify';
import { API } from '@omt/contracts';
import type { AppDeps } from '../../context';
import { defineRoute } from '../../http/define-route';
import { bookPlan } from './booking';
import { cosignPlan, createPlan, dischargePlan, listPlans, revisePlan } from './service';

export function carePlanRoutes(app: FastifyInstance, deps: AppDeps): void {
  defineRoute(app, deps, API.listCarePlans, ({ params }, ctx) => listPlans(ctx, params.id));
  defineRoute(app, deps, API.createCarePlan, ({ params, body }, ctx) => createPlan(ctx, params.id, body));
  defineRoute(app, deps, API.reviseCarePlan, ({ params, body }, ctx) => revisePlan(ctx, params.id, body));
  defineRoute(app, deps, API.cosignCarePlan, ({ params, body }, ctx) =>
    cosignPlan(ctx, params.id, body.version),
  );
  defineRoute(app, deps, API.dischargeCarePlan, ({ params, body }, ctx) =>
    dischargePlan(ctx, params.id, body),
  );
  defineRoute(app, deps, API.bookCarePlan, ({ params, body }, ctx) => bookPlan(ctx, params.id, body));
}
