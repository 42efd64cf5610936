import type { FastifyInstance } from 'fastify';
import { API } from '@omt/contracts';
import type { AppDeps } from '../../context';
import { defineRoute } from '../../http/define-route';
import { exportFile, exportStatus, requestRecordExport } from './service';

export function recordExportRoutes(app: FastifyInstance, deps: AppDeps): void {
  defineRoute(app, deps, API.requestRecordExport, ({ params, body }, ctx) =>
    requestRecordExport(ctx, params.id, body),
  );
  defineRoute(app, deps, API.exportStatus, ({ params }, ctx) => exportStatus(ctx, params.id));
  defineRoute(app, deps, API.exportFile, async ({ params }, ctx, reply) => {
    const file = await exportFile(ctx, params.id);
    return reply
      .type('application/json; charset=utf-8')
      .header('cache-control', 'private, no-store')
      .header('content-disposition', `attachment; filename="${file.fileName}"`)
      .send(file.content);
  });
}
