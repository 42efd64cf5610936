import { existsSync } from 'node:fs';
import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import { API } from '@omt/contracts';
import type { AppDeps } from './context';
import { errorHandler } from './errors';
import { readiness } from './http/readiness';
import { defineRoute } from './http/define-route';
import { buildOpenApi } from './http/openapi';
import { authRoutes } from './modules/auth/routes';
import { catalogRoutes } from './modules/catalog/routes';
import { schedulingRoutes } from './modules/scheduling/routes';
import { scheduleConflictRoutes } from './modules/scheduling/conflict-routes';
import { patientRoutes } from './modules/patients/routes';
import { intakeRoutes } from './modules/intake/routes';
import { encounterRoutes } from './modules/encounters/routes';
import { noteRoutes } from './modules/note/routes';
import { followupRoutes } from './modules/followup/routes';
import { worklistRoutes } from './modules/worklists/routes';
import { auditRoutes } from './modules/audit-log/routes';
import { jobRoutes } from './jobs/routes';
import { calendarFeedRoutes } from './modules/calendar-feed/routes';
import { waitlistRoutes } from './modules/waitlist/routes';
import { staffRoutes } from './modules/staff/routes';
import { prepareTotpSecrets } from './auth/totp-secrets';
import { patientImportRoutes } from './modules/patient-import/routes';
import { signupRoutes } from './modules/signup/routes';
import { clinicProfileRoutes } from './modules/clinic-profile/routes';
import { billingRoutes } from './modules/billing/routes';
import { preferredLanguageRoutes } from './modules/preferred-language/routes';
import { documentRoutes } from './modules/documents/routes';
import { chartRoutes } from './modules/chart/routes';

/** Builds the HTTP app (never listens: main.ts does). */
export async function buildApp(deps: AppDeps, opts: { logger?: boolean } = {}): Promise<FastifyInstance> {
  // Before any request: stored two-factor secrets must open with SECRET_KEY; plain ones are sealed (once).
  await prepareTotpSecrets(deps);
  const app = Fastify({ logger: opts.logger ?? false, bodyLimit: 1_048_576, trustProxy: false });
  app.setErrorHandler(errorHandler);
  await app.register(cookie);
  await app.register(helmet, { hsts: deps.config.cookieSecure });

  defineRoute(app, deps, API.health, () =>
    Promise.resolve({ status: 'ok' as const, database: deps.dialect }),
  );
  defineRoute(app, deps, API.ready, () => readiness(deps));
  const openapi = buildOpenApi();
  app.get('/api/openapi.json', () => openapi);
  authRoutes(app, deps);
  catalogRoutes(app, deps);
  schedulingRoutes(app, deps);
  scheduleConflictRoutes(app, deps);
  patientRoutes(app, deps);
  intakeRoutes(app, deps);
  encounterRoutes(app, deps);
  noteRoutes(app, deps);
  followupRoutes(app, deps);
  worklistRoutes(app, deps);
  auditRoutes(app, deps);
  jobRoutes(app, deps);
  calendarFeedRoutes(app, deps);
  waitlistRoutes(app, deps);
  staffRoutes(app, deps);
  patientImportRoutes(app, deps);
  signupRoutes(app, deps);
  clinicProfileRoutes(app, deps);
  billingRoutes(app, deps);
  preferredLanguageRoutes(app, deps);
  documentRoutes(app, deps);
  chartRoutes(app, deps);

  const hasWeb = existsSync(deps.config.webDist);
  if (hasWeb) await app.register(fastifyStatic, { root: deps.config.webDist });
  app.setNotFoundHandler((req, reply) => {
    const path = req.url.split('?')[0] ?? '';
    // Only page paths fall back to the app; an API path or a missing file (has an extension) is a real 404.
    if (!hasWeb || path.startsWith('/api/') || req.method !== 'GET' || /\.[a-z0-9]+$/i.test(path)) {
      void reply.status(404).send({ code: 'not_found', message: `no route ${req.method} ${path}` });
      return;
    }
    void reply.type('text/html').sendFile('index.html');
  });
  return app;
}
