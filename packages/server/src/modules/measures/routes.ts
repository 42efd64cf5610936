import type { FastifyInstance } from 'fastify';
import { API } from '@omt/contracts';
import type { AppDeps } from '../../context';
import { defineRoute } from '../../http/define-route';
import { answerMeasure, measureForm, readPatientMeasures } from './service';

export function measureRoutes(app: FastifyInstance, deps: AppDeps): void {
  defineRoute(app, deps, API.patientMeasures, ({ params }, ctx) => readPatientMeasures(ctx, params.id));
  defineRoute(app, deps, API.answerMeasure, ({ params, body }, ctx) => answerMeasure(ctx, params.id, body));
  defineRoute(app, deps, API.measureForm, ({ params }) => measureForm(deps.db, params.code));
}
