import { insertTreatmentReview } from '@omt/db';
import type { Encounter, RecordTreatmentReview } from '@omt/contracts';
import type { RequestContext } from '../../context';
import { fail } from '../../errors';
import { holdOf, loadEncounterBundle, treatmentStatesOf } from './load';
import { present, requireDraft } from './access';

/**
 * The physician's decision on a treatment that a red flag raised after it put under review: it stands
 * (confirmed) or is withdrawn from the note, with a note either way. Audited as a treatment review.
 */
export async function reviewTreatment(
  ctx: RequestContext,
  id: string,
  treatmentId: string,
  body: RecordTreatmentReview,
): Promise<Encounter> {
  ctx.requireRole('physician');
  const b = await loadEncounterBundle(ctx.db, id);
  await ctx.access(b.encounter.patient_id, 'clinical.write', 'treatment-review', treatmentId);
  requireDraft(b);
  const state = treatmentStatesOf(b).find((s) => s.treatmentId === treatmentId);
  if (!state) throw fail.notFound('treatment');
  if (!state.newFlags.length && state.decision === null && !holdOf(b).holding.length) {
    throw fail.conflict(
      'treatment_not_under_review',
      'this treatment is not under review: no red flag was raised after it was recorded, and OMT is not on hold',
    );
  }
  await insertTreatmentReview(ctx.db, {
    treatment_id: treatmentId,
    encounter_id: id,
    decision: body.decision,
    note: body.note,
    flags_json: JSON.stringify(b.redFlags.map((f) => f.id)),
    reviewed_by: ctx.user.id,
    reviewed_at: ctx.now(),
  });
  return present(ctx, id);
}
