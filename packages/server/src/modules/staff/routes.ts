import type { FastifyInstance } from 'fastify';
import { API } from '@omt/contracts';
import type { AppDeps } from '../../context';
import { defineRoute } from '../../http/define-route';
import {
  acceptStaffInvitation,
  deactivateStaff,
  inviteStaff,
  resendInvitation,
  staffList,
  updateStaff,
} from './service';
import { resetStaffTotp } from './totp-reset';

export function staffRoutes(app: FastifyInstance, deps: AppDeps): void {
  defineRoute(app, deps, API.listStaff, (_input, ctx) => staffList(ctx));
  defineRoute(app, deps, API.inviteStaff, ({ body }, ctx) => inviteStaff(ctx, body));
  defineRoute(app, deps, API.acceptInvitation, ({ body }, ctx) => acceptStaffInvitation(ctx, body));
  defineRoute(app, deps, API.resendInvitation, ({ params, body }, ctx) =>
    resendInvitation(ctx, params.id, body.validityDays),
  );
  defineRoute(app, deps, API.updateStaff, ({ params, body }, ctx) => updateStaff(ctx, params.id, body));
  defineRoute(app, deps, API.deactivateStaff, ({ params }, ctx) => deactivateStaff(ctx, params.id));
  defineRoute(app, deps, API.resetStaffTotp, ({ params, body }, ctx) =>
    resetStaffTotp(ctx, params.id, body.reason),
  );
}
