import type { FastifyInstance } from 'fastify';
import { API } from '@omt/contracts';
import type { AppDeps } from '../../context';
import { defineRoute } from '../../http/define-route';
import { noteLetterhead } from '../clinic-profile/profile-cache';
import { renderNotePdf } from './note-pdf';
import {
  checkSafety,
  getEncounter,
  openEncounter,
  recordConsent,
  recordTreatment,
  saveExam,
} from './service';
import { cosignEncounter, signEncounter } from './signing';
import { addAddendum, reviewRedFlag } from './after-signing';
import { notePrintSource } from './note-print';
import { recordCSpineExam } from './c-spine-exam';
import { reviewTreatment } from './treatment-review';

export function encounterRoutes(app: FastifyInstance, deps: AppDeps): void {
  defineRoute(app, deps, API.openEncounter, ({ params }, ctx) => openEncounter(ctx, params.id));
  defineRoute(app, deps, API.getEncounter, ({ params }, ctx) => getEncounter(ctx, params.id));
  defineRoute(app, deps, API.saveExam, ({ params, body }, ctx) => saveExam(ctx, params.id, body));
  defineRoute(app, deps, API.checkSafety, ({ params, query }, ctx) =>
    checkSafety(ctx, params.id, query.technique, query.region),
  );
  defineRoute(app, deps, API.recordConsent, ({ params, body }, ctx) => recordConsent(ctx, params.id, body));
  defineRoute(app, deps, API.reviewRedFlag, ({ params, body }, ctx) => reviewRedFlag(ctx, params.id, body));
  defineRoute(app, deps, API.recordCSpineExam, ({ params, body }, ctx) =>
    recordCSpineExam(ctx, params.id, body),
  );
  defineRoute(app, deps, API.notePdf, async ({ params }, ctx, reply) => {
    const print = await notePrintSource(ctx, params.id);
    const pdf = await renderNotePdf(print, await noteLetterhead(ctx.db));
    return reply
      .type('application/pdf')
      .header('content-disposition', `inline; filename="omt-note-${print.encounter.id}.pdf"`)
      .send(pdf);
  });
  defineRoute(app, deps, API.addAddendum, ({ params, body }, ctx) => addAddendum(ctx, params.id, body));
  defineRoute(app, deps, API.recordTreatment, ({ params, body }, ctx) =>
    recordTreatment(ctx, params.id, body),
  );
  defineRoute(app, deps, API.reviewTreatment, ({ params, body }, ctx) =>
    reviewTreatment(ctx, params.id, params.treatmentId, body),
  );
  defineRoute(app, deps, API.signEncounter, ({ params, body }, ctx) => signEncounter(ctx, params.id, body));
  defineRoute(app, deps, API.cosignEncounter, ({ params }, ctx) => cosignEncounter(ctx, params.id));
}
