import type { FastifyInstance } from 'fastify';
import { API } from '@omt/contracts';
import type { AppDeps } from '../../context';
import { defineRoute } from '../../http/define-route';
import {
  listLicensedQuestionnaires,
  readLicensedQuestionnaire,
  uploadLicensedQuestionnaire,
} from './licensed-questionnaires';

export function outcomesRoutes(app: FastifyInstance, deps: AppDeps): void {
  defineRoute(app, deps, API.listLicensedQuestionnaires, (_input, ctx) => listLicensedQuestionnaires(ctx));
  defineRoute(app, deps, API.getLicensedQuestionnaire, ({ params }, ctx) =>
    readLicensedQuestionnaire(ctx, params.measure),
  );
  defineRoute(app, deps, API.uploadLicensedQuestionnaire, ({ params, body }, ctx) =>
    uploadLicensedQuestionnaire(ctx, params.measure, body),
  );
}
