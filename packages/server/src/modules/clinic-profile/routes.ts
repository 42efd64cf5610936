import type { FastifyInstance } from 'fastify';
import { API } from '@omt/contracts';
import type { AppDeps } from '../../context';
import { defineRoute } from '../../http/define-route';
import { readClinicProfile, readPublicClinicProfile, saveClinicProfile } from './service';
import { setupStatus } from './setup-status';

export function clinicProfileRoutes(app: FastifyInstance, deps: AppDeps): void {
  defineRoute(app, deps, API.getClinicProfile, (_input, ctx) => readClinicProfile(ctx));
  defineRoute(app, deps, API.updateClinicProfile, ({ body }, ctx) => saveClinicProfile(ctx, body));
  defineRoute(app, deps, API.publicClinicProfile, (_input, ctx) => readPublicClinicProfile(ctx));
  defineRoute(app, deps, API.setupStatus, (_input, ctx) => setupStatus(ctx));
}
