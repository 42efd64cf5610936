import type { FastifyInstance } from 'fastify';
import { API } from '@omt/contracts';
import type { AppDeps } from '../../context';
import { defineRoute } from '../../http/define-route';
import {
  listLicensedQuestionnaires,
  readLicensedQuestionnaire,
  uploadLicensedQuestionnaire,
} from './licensed-questionnaires';
import { outcomesReport } from './report';
import { outcomesReportCsv } from './report-csv';

export function outcomesRoutes(app: FastifyInstance, deps: AppDeps): void {
  defineRoute(app, deps, API.listLicensedQuestionnaires, (_input, ctx) => listLicensedQuestionnaires(ctx));
  defineRoute(app, deps, API.getLicensedQuestionnaire, ({ params }, ctx) =>
    readLicensedQuestionnaire(ctx, params.measure),
  );
  defineRoute(app, deps, API.uploadLicensedQuestionnaire, ({ params, body }, ctx) =>
    uploadLicensedQuestionnaire(ctx, params.measure, body),
  );
  defineRoute(app, deps, API.outcomesReport, ({ query }, ctx) => outcomesReport(ctx, query));
  defineRoute(app, deps, API.outcomesReportCsv, async ({ query }, ctx, reply) => {
    const csv = outcomesReportCsv(await outcomesReport(ctx, query));
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', 'attachment; filename="outcomes-report.csv"')
      .send(csv);
  });
}
