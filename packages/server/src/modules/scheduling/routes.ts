import type { FastifyInstance } from 'fastify';
import { API } from '@omt/contracts';
import type { AppDeps } from '../../context';
import { defineRoute } from '../../http/define-route';
import { availability, book, checkIn, getAppointment, listAppointments } from './service';

export function schedulingRoutes(app: FastifyInstance, deps: AppDeps): void {
  defineRoute(app, deps, API.availability, ({ query }, ctx) => availability(ctx, query));
  defineRoute(app, deps, API.listAppointments, ({ query }, ctx) => listAppointments(ctx, query));
  defineRoute(app, deps, API.createAppointment, ({ body }, ctx) => book(ctx, body));
  defineRoute(app, deps, API.getAppointment, ({ params }, ctx) => getAppointment(ctx, params.id));
  defineRoute(app, deps, API.checkInAppointment, ({ params }, ctx) => checkIn(ctx, params.id));
}
