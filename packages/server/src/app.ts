import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import { API } from '@omt/contracts';
import type { AppDeps } from './context';
import { errorHandler } from './errors';
import { readiness } from './http/readiness';
import { loggerOptions, requestLog, type LogSetting } from './http/request-log';
import { everyAnswer } from './http/every-answer';
import { serveMetrics, type MetricsOptions } from './http/metrics';
import { securityHeaders } from './http/security-headers';
import { compressResponses, serveWebApp } from './http/web-delivery';
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
import { FHIR_PREFIX, fhirRoutes } from './modules/fhir/routes';
import { carePlanRoutes } from './modules/care-plans/routes';
import { recordExportRoutes } from './modules/record-export/routes';
import { measureRoutes } from './modules/measures/routes';
import { outcomesRoutes } from './modules/outcomes/routes';
import { educationRoutes } from './modules/education/routes';
import { smartRoutes } from './modules/smart/routes';

export interface BuildOptions extends MetricsOptions {
  /** JSON log lines (one per request, no patient data): on, off (default) or into a stream. */
  logger?: LogSetting;
}

/** Builds the HTTP app (never listens: main.ts does). */
export async function buildApp(deps: AppDeps, opts: BuildOptions = {}): Promise<FastifyInstance> {
  // Before any request: stored two-factor secrets must open with SECRET_KEY; plain ones are sealed (once).
  await prepareTotpSecrets(deps);
  const app = Fastify({
    ...loggerOptions(opts.logger ?? false),
    bodyLimit: 1_048_576,
    trustProxy: deps.config.trustProxy,
  });
  app.setErrorHandler(errorHandler);
  const metrics = serveMetrics(app, deps, opts);
  everyAnswer(app, [requestLog, await securityHeaders(deps.config), metrics]);
  await compressResponses(app);
  await app.register(cookie);

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
  fhirRoutes(app, deps);
  smartRoutes(app, deps, FHIR_PREFIX);
  carePlanRoutes(app, deps);
  recordExportRoutes(app, deps);
  measureRoutes(app, deps);
  outcomesRoutes(app, deps);
  educationRoutes(app, deps);

  await serveWebApp(app, deps.config.webDist);
  return app;
}
