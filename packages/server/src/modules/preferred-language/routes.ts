import type { FastifyInstance } from 'fastify';
import { API } from '@omt/contracts';
import type { AppDeps } from '../../context';
import { defineRoute } from '../../http/define-route';
import { setMyPreferredLanguage } from './service';

export function preferredLanguageRoutes(app: FastifyInstance, deps: AppDeps): void {
  defineRoute(app, deps, API.setMyPreferredLanguage, ({ body }, ctx) => setMyPreferredLanguage(ctx, body));
}
