import type { FastifyInstance } from 'fastify';
import { API } from '@omt/contracts';
import type { AppDeps } from '../../context';
import { defineRoute } from '../../http/define-route';
import { addChartEntry, getChart, reconcile, setAllergyStatus, updateChartEntry } from './service';
import { getTimeline } from './timeline';
import { listOutsideResults } from './outside-results';

export function chartRoutes(app: FastifyInstance, deps: AppDeps): void {
  defineRoute(app, deps, API.getChart, ({ params }, ctx) => getChart(ctx, params.id));
  defineRoute(app, deps, API.getTimeline, ({ params, query }, ctx) => getTimeline(ctx, params.id, query));
  defineRoute(app, deps, API.addChartEntry, ({ params, body }, ctx) => addChartEntry(ctx, params.id, body));
  defineRoute(app, deps, API.updateChartEntry, ({ params, body }, ctx) =>
    updateChartEntry(ctx, params.id, params.entryId, body),
  );
  defineRoute(app, deps, API.setAllergyStatus, ({ params, body }, ctx) =>
    setAllergyStatus(ctx, params.id, body),
  );
  defineRoute(app, deps, API.listOutsideResults, ({ params }, ctx) => listOutsideResults(ctx, params.id));
  defineRoute(app, deps, API.reconcileIntakeItem, ({ params, body }, ctx) => reconcile(ctx, params.id, body));
}
