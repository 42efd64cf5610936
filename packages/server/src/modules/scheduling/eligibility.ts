/**
 * Visit types fit the patient (clinical-reference CR-VISIT-1, CR-VISIT-2): booking, moving and series refuse
 * a visit type the patient may not have on the day of the visit, as the location's clock reads it (422
 * `visit_type_not_eligible`), and the visit-type list given a patient offers only those they may have.
 */
import { findPatient, listLocations, type VisitTypeRow } from '@omt/db';
import {
  ageOnVisitDay,
  eligibilityRefusalText,
  visitEligibilityRefusal,
  type EligibilityPatient,
  type VisitEligibility,
} from '@omt/domain';
import type { RequestContext } from '../../context';
import { fail } from '../../errors';
import { parseFactors } from '../patients/presenter';

export function eligibilityOf(
  v: Pick<VisitTypeRow, 'min_age_days' | 'max_age_days' | 'requires_pregnancy'>,
): VisitEligibility {
  return {
    minAgeDays: v.min_age_days,
    maxAgeDays: v.max_age_days,
    requiresPregnancy: v.requires_pregnancy === 1,
  };
}

/** A visit's start and its location's time zone: the age counts on the visit's local day. */
export interface VisitDay {
  start: string;
  timeZone: string;
}

/** The patient as eligibility sees them, read through the audited gate; `ageOn(visit)` gives the age that day. */
async function eligibilityPatient(ctx: RequestContext, patientId: string) {
  const row = await findPatient(ctx.db, patientId);
  if (!row) throw fail.notFound('patient');
  await ctx.access(patientId, 'demographics.read', 'patient-eligibility', patientId);
  const pregnant = parseFactors(row.factors_json).pregnant;
  return (visit: VisitDay): EligibilityPatient => ({
    ageDays: ageOnVisitDay(row.birth_date, visit.start, visit.timeZone),
    pregnant,
  });
}

/** Refuses the booking when the patient may not have the visit type on any of the visit days. */
export async function requireEligible(
  ctx: RequestContext,
  patientId: string,
  visitType: VisitTypeRow,
  visits: readonly VisitDay[],
): Promise<void> {
  const rule = eligibilityOf(visitType);
  if (rule.minAgeDays === null && rule.maxAgeDays === null && !rule.requiresPregnancy) return;
  const ageOn = await eligibilityPatient(ctx, patientId);
  for (const visit of visits) {
    const refusal = visitEligibilityRefusal(rule, ageOn(visit));
    if (refusal) {
      throw fail.unprocessable(
        'visit_type_not_eligible',
        `visitType: "${visitType.name}" does not fit this patient: ${eligibilityRefusalText(rule, refusal)}`,
        'visitType',
      );
    }
  }
}

/** The visit types this patient may have today at one of the clinic's locations (the list the booking screens offer). */
export async function eligibleVisitTypes<V extends VisitTypeRow>(
  ctx: RequestContext,
  patientId: string,
  visitTypes: readonly V[],
): Promise<V[]> {
  const ageOn = await eligibilityPatient(ctx, patientId);
  const today = (await listLocations(ctx.db)).map((l) => ageOn({ start: ctx.now(), timeZone: l.time_zone }));
  return visitTypes.filter((v) =>
    today.some((patient) => visitEligibilityRefusal(eligibilityOf(v), patient) === null),
  );
}
