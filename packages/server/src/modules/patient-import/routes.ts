import type { FastifyInstance } from 'fastify';
import { API } from '@omt/contracts';
import type { AppDeps } from '../../context';
import { defineRoute } from '../../http/define-route';
import { dryRunImport, importPatients } from './service';

export function patientImportRoutes(app: FastifyInstance, deps: AppDeps): void {
  defineRoute(app, deps, API.dryRunPatientImport, ({ body }, ctx) => dryRunImport(ctx, body));
  defineRoute(app, deps, API.importPatients, ({ body }, ctx) => importPatients(ctx, body));
}
