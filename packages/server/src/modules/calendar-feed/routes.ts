import type { FastifyInstance } from 'fastify';
import { API } from '@omt/contracts';
import type { AppDeps } from '../../context';
import { defineRoute } from '../../http/define-route';
import { createFeedUrl, feedIcs } from './service';

export function calendarFeedRoutes(app: FastifyInstance, deps: AppDeps): void {
  defineRoute(app, deps, API.calendarFeedUrl, (_i, ctx) => createFeedUrl(ctx));
  defineRoute(app, deps, API.calendarFeed, async ({ params }, _ctx, reply) =>
    reply
      .type('text/calendar; charset=utf-8')
      .header('cache-control', 'private, max-age=300')
      .send(await feedIcs(deps, params.token)),
  );
}
