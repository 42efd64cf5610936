import type { FastifyInstance } from 'fastify';
import { API } from '@omt/contracts';
import type { AppDeps } from '../../context';
import { defineRoute } from '../../http/define-route';
import { findPatients, getPatient, updateFactors } from './service';
import { deactivate, registerPatient, updatePatient } from './registration';

export function patientRoutes(app: FastifyInstance, deps: AppDeps): void {
  defineRoute(app, deps, API.searchPatients, ({ query }, ctx) => findPatients(ctx, query.q));
  defineRoute(app, deps, API.registerPatient, ({ body }, ctx) => registerPatient(ctx, body));
  defineRoute(app, deps, API.getPatient, ({ params }, ctx) => getPatient(ctx, params.id));
  defineRoute(app, deps, API.updatePatient, ({ params, body }, ctx) => updatePatient(ctx, params.id, body));
  defineRoute(app, deps, API.deactivatePatient, ({ params, body }, ctx) =>
    deactivate(ctx, params.id, body.reason),
  );
  defineRoute(app, deps, API.updateFactors, ({ params, body }, ctx) => updateFactors(ctx, params.id, body));
}
