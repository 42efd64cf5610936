import type { FastifyInstance } from 'fastify';
import { API } from '@omt/contracts';
import type { AppDeps } from '../../context';
import { defineRoute } from '../../http/define-route';
import { getIntake, intakeForm, submitIntake } from './service';

export function intakeRoutes(app: FastifyInstance, deps: AppDeps): void {
  defineRoute(app, deps, API.intakeForm, () => Promise.resolve(intakeForm()));
  defineRoute(app, deps, API.submitIntake, ({ params, body }, ctx) => submitIntake(ctx, params.id, body));
  defineRoute(app, deps, API.getIntake, ({ params }, ctx) => getIntake(ctx, params.id));
}
