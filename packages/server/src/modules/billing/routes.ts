import type { FastifyInstance } from 'fastify';
import { API } from '@omt/contracts';
import type { AppDeps } from '../../context';
import { defineRoute } from '../../http/define-route';
import { noteLetterhead } from '../clinic-profile/profile-cache';
import { readFeeSchedule, setFee } from './fee-schedule';
import { renderSuperbillPdf } from './superbill-pdf';
import { superbillSource } from './superbill-source';

export function billingRoutes(app: FastifyInstance, deps: AppDeps): void {
  defineRoute(app, deps, API.feeSchedule, (_input, ctx) => readFeeSchedule(ctx));
  defineRoute(app, deps, API.setFee, ({ body }, ctx) => setFee(ctx, body));
  defineRoute(app, deps, API.superbillPdf, async ({ params }, ctx, reply) => {
    const source = await superbillSource(ctx, params.id);
    const pdf = await renderSuperbillPdf(source, await noteLetterhead(ctx.db));
    return reply
      .type('application/pdf')
      .header('content-disposition', `inline; filename="superbill-${source.dateOfService}.pdf"`)
      .send(pdf);
  });
}
