import type { FastifyInstance } from 'fastify';
import { API } from '@omt/contracts';
import type { AppDeps } from '../../context';
import { defineRoute } from '../../http/define-route';
import { fhirCors } from './fhir-cors';
import { oauthRoutes } from './oauth-routes';
import { decide, requestView } from './consent';
import { connectedApps, listApps, registerApp, removeApp, revokeConnectedApp } from './service';

/** SMART App Launch: the OAuth endpoints and the REST endpoints of the admin's apps, the consent page and connected apps. */
export function smartRoutes(app: FastifyInstance, deps: AppDeps, fhirPrefix: string): void {
  oauthRoutes(app, deps, fhirPrefix);
  fhirCors(app, fhirPrefix);
  defineRoute(app, deps, API.listSmartApps, async (_i, ctx) => ({ apps: await listApps(ctx) }));
  defineRoute(app, deps, API.registerSmartApp, ({ body }, ctx) => registerApp(ctx, body));
  defineRoute(app, deps, API.removeSmartApp, async ({ params }, ctx) => {
    await removeApp(ctx, params.clientId);
    return { ok: true as const };
  });
  defineRoute(app, deps, API.smartRequest, ({ params }, ctx) => requestView(ctx, params.id));
  defineRoute(app, deps, API.decideSmartRequest, async ({ params, body }, ctx) => ({
    redirectTo: await decide(ctx, params.id, body),
  }));
  defineRoute(app, deps, API.connectedApps, async (_i, ctx) => ({ apps: await connectedApps(ctx) }));
  defineRoute(app, deps, API.revokeConnectedApp, async ({ params }, ctx) => {
    await revokeConnectedApp(ctx, params.id);
    return { ok: true as const };
  });
}
