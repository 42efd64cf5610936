import type { FastifyInstance } from 'fastify';
import { API } from '@omt/contracts';
import type { AppDeps } from '../../context';
import { defineRoute } from '../../http/define-route';
import { noteLetterhead } from '../clinic-profile/profile-cache';
import { findPatient } from '@omt/db';
import { fail } from '../../errors';
import { patientName } from '../patients/presenter';
import { bookPlan } from './booking';
import { renderDischargePdf } from './discharge-pdf';
import {
  cosignPlan,
  createPlan,
  dischargePlan,
  listPlans,
  planFor,
  revisePlan,
  viewCarePlan,
} from './service';

export function carePlanRoutes(app: FastifyInstance, deps: AppDeps): void {
  defineRoute(app, deps, API.listCarePlans, ({ params }, ctx) => listPlans(ctx, params.id));
  defineRoute(app, deps, API.createCarePlan, ({ params, body }, ctx) => createPlan(ctx, params.id, body));
  defineRoute(app, deps, API.reviseCarePlan, ({ params, body }, ctx) => revisePlan(ctx, params.id, body));
  defineRoute(app, deps, API.cosignCarePlan, ({ params, body }, ctx) =>
    cosignPlan(ctx, params.id, body.version),
  );
  defineRoute(app, deps, API.dischargeCarePlan, ({ params, body }, ctx) =>
    dischargePlan(ctx, params.id, body),
  );
  defineRoute(app, deps, API.bookCarePlan, ({ params, body }, ctx) => bookPlan(ctx, params.id, body));
  defineRoute(app, deps, API.dischargeSummaryPdf, async ({ params }, ctx, reply) => {
    const plan = await planFor(ctx, params.id, 'plan.read', 'discharge summary PDF');
    if (plan.status !== 'discharged')
      throw fail.conflict(
        'care_plan_not_discharged',
        'the discharge summary exists once the plan is discharged',
      );
    const patient = await findPatient(ctx.db, plan.patient_id);
    if (!patient) throw fail.notFound('patient');
    const pdf = await renderDischargePdf(
      {
        plan: await viewCarePlan(ctx, plan),
        patientName: patientName(patient),
        patientBirthDate: patient.birth_date,
      },
      await noteLetterhead(ctx.db),
    );
    return reply
      .type('application/pdf')
      .header(
        'content-disposition',
        `inline; filename="discharge-summary-${plan.discharged_at?.slice(0, 10) ?? ''}.pdf"`,
      )
      .send(pdf);
  });
}
