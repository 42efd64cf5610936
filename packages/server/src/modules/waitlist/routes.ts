import type { FastifyInstance } from 'fastify';
import { API } from '@omt/contracts';
import type { AppDeps } from '../../context';
import { defineRoute } from '../../http/define-route';
import { acceptOffer, declineOrLeave, joinWaitlist, listWaitlist } from './service';

export function waitlistRoutes(app: FastifyInstance, deps: AppDeps): void {
  defineRoute(app, deps, API.listWaitlist, (_i, ctx) => listWaitlist(ctx));
  defineRoute(app, deps, API.joinWaitlist, ({ body }, ctx) => joinWaitlist(ctx, body));
  defineRoute(app, deps, API.acceptWaitlistOffer, ({ params }, ctx) => acceptOffer(ctx, params.id));
  defineRoute(app, deps, API.declineWaitlistOffer, ({ params }, ctx) =>
    declineOrLeave(ctx, params.id, 'declined'),
  );
  defineRoute(app, deps, API.leaveWaitlist, ({ params }, ctx) => declineOrLeave(ctx, params.id, 'cancelled'));
}
