/**
 * "Book the plan": the plan's visits still to book, as a weekly series through the scheduling module's series
 * booking. Without `confirm` nothing is booked: the visits and each conflict are listed first.
 */
import { linkCarePlanVisits } from '@omt/db';
import type { BookCarePlan, CarePlanBooking } from '@omt/contracts';
import type { RequestContext } from '../../context';
import { fail } from '../../errors';
import { bookSeries, checkSeries } from '../scheduling/series';
import { planFor, viewCarePlan } from './service';

export async function bookPlan(
  ctx: RequestContext,
  id: string,
  body: BookCarePlan,
): Promise<CarePlanBooking> {
  const plan = await planFor(
    ctx,
    id,
    'plan.write',
    body.confirm ? 'book the plan' : 'preview the plan booking',
  );
  if (plan.status !== 'active')
    throw fail.conflict('care_plan_discharged', 'this plan of care was discharged; it can no longer change');
  const view = await viewCarePlan(ctx, plan);
  if (view.current.awaitingCosign)
    throw fail.conflict(
      'care_plan_awaiting_cosign',
      'the plan awaits co-signature by the supervising physician',
    );
  const count = view.current.content.visits - view.progress.visitsBooked;
  if (count < 1) throw fail.conflict('care_plan_fully_booked', 'every visit of this plan is booked');
  const series = {
    patientId: plan.patient_id,
    visitType: body.visitType,
    providerId: body.providerId,
    locationId: body.locationId,
    start: body.start,
    count,
    everyWeeks: view.current.content.everyWeeks,
  };
  const { starts, conflicts } = await checkSeries(ctx, series);
  if (!body.confirm || conflicts.length > 0) return { booked: false, starts, conflicts, plan: view };
  const booked = await bookSeries(ctx, series);
  await linkCarePlanVisits(
    ctx.db,
    id,
    booked.map((a) => a.id),
  );
  return { booked: true, starts, conflicts: [], plan: await viewCarePlan(ctx, plan) };
}
