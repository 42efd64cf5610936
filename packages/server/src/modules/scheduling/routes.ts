import type { FastifyInstance } from 'fastify';
import { API } from '@omt/contracts';
import type { AppDeps } from '../../context';
import { defineRoute } from '../../http/define-route';
import { LARGE_JSON_ANSWERS } from '../../http/web-delivery';
import { oncePerKey } from '../../http/idempotency';
import { book, reschedule } from './booking';
import { getAppointment, listAppointments, openSlots } from './queries';
import { cancel, checkIn, noShow, undoCheckIn } from './status-changes';
import { addTimeOff, timeOffOf } from './time-off';
import { openingHoursOf, setOpeningHours, setWeeklyHours, weeklyHoursOf } from './weekly-hours';
import { addClosure, addExtraHours, closuresOf, extraHoursOf } from './exceptions';
import { bookSeries } from './series';

export function schedulingRoutes(app: FastifyInstance, deps: AppDeps): void {
  defineRoute(app, deps, API.weeklyHours, ({ params }, ctx) => weeklyHoursOf(ctx, params.id));
  defineRoute(app, deps, API.setWeeklyHours, ({ params, body }, ctx) => setWeeklyHours(ctx, params.id, body));
  defineRoute(app, deps, API.openingHours, ({ params }, ctx) => openingHoursOf(ctx, params.id));
  defineRoute(app, deps, API.setOpeningHours, ({ params, body }, ctx) =>
    setOpeningHours(ctx, params.id, body),
  );
  defineRoute(app, deps, API.listClosures, ({ params }, ctx) => closuresOf(ctx, params.id));
  defineRoute(app, deps, API.addClosure, ({ params, body }, ctx) => addClosure(ctx, params.id, body));
  defineRoute(app, deps, API.listExtraHours, ({ params }, ctx) => extraHoursOf(ctx, params.id));
  defineRoute(app, deps, API.addExtraHours, ({ params, body }, ctx) => addExtraHours(ctx, params.id, body));
  defineRoute(app, deps, API.listTimeOff, ({ params }, ctx) => timeOffOf(ctx, params.id));
  defineRoute(app, deps, API.addTimeOff, ({ params, body }, ctx) => addTimeOff(ctx, params.id, body));
  defineRoute(app, deps, API.availability, ({ query }, ctx) => openSlots(ctx, query), LARGE_JSON_ANSWERS);
  defineRoute(app, deps, API.listAppointments, ({ query }, ctx) => listAppointments(ctx, query));
  defineRoute(app, deps, API.createAppointment, async ({ body }, ctx, reply, req) => {
    const key = req.headers['idempotency-key'];
    const outcome = await oncePerKey(ctx, typeof key === 'string' ? key : undefined, body, 201, () =>
      book(ctx, body),
    );
    return reply.status(outcome.status).send(outcome.body);
  });
  defineRoute(app, deps, API.bookSeries, ({ body }, ctx) => bookSeries(ctx, body));
  defineRoute(app, deps, API.getAppointment, ({ params }, ctx) => getAppointment(ctx, params.id));
  defineRoute(app, deps, API.cancelAppointment, ({ params, body }, ctx) => cancel(ctx, params.id, body));
  defineRoute(app, deps, API.rescheduleAppointment, ({ params, body }, ctx) =>
    reschedule(ctx, params.id, body),
  );
  defineRoute(app, deps, API.noShowAppointment, ({ params }, ctx) => noShow(ctx, params.id));
  defineRoute(app, deps, API.checkInAppointment, ({ params }, ctx) => checkIn(ctx, params.id));
  defineRoute(app, deps, API.undoCheckInAppointment, ({ params }, ctx) => undoCheckIn(ctx, params.id));
}
