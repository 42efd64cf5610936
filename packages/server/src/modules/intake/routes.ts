import type { FastifyInstance } from 'fastify';
import { API } from '@omt/contracts';
import type { AppDeps } from '../../context';
import { defineRoute } from '../../http/define-route';
import { getIntake, getIntakeQuestionnaire, submitIntake } from './service';
import { acknowledgeSafetyTask } from './safety-tasks';

export function intakeRoutes(app: FastifyInstance, deps: AppDeps): void {
  defineRoute(app, deps, API.intakeQuestionnaire, ({ params, query }, ctx) =>
    getIntakeQuestionnaire(ctx, params.id, query.lang),
  );
  defineRoute(app, deps, API.submitIntake, ({ params, body }, ctx) => submitIntake(ctx, params.id, body));
  defineRoute(app, deps, API.getIntake, ({ params }, ctx) => getIntake(ctx, params.id));
  defineRoute(app, deps, API.acknowledgeSafetyTask, ({ params, body }, ctx) =>
    acknowledgeSafetyTask(ctx, params.id, body),
  );
}
