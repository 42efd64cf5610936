import { insertRedFlagReview, insertAddendum } from '@omt/db';
import type { AddAddendum, Encounter, RecordRedFlagReview } from '@omt/contracts';
import type { RequestContext } from '../../context';
import { fail } from '../../errors';
import { CLINICIAN_ROLES } from '../../auth/policy';
import { bundleFor, present, requireDraft } from './access';

import { getEncounter } from './service';
/** A physician's decision on a red flag; only "cleared_for_omt" on every flag lifts the OMT hold. */
export async function reviewRedFlag(
  ctx: RequestContext,
  id: string,
  body: RecordRedFlagReview,
): Promise<Encounter> {
  ctx.requireRole('physician');
  const b = await bundleFor(ctx, id, 'clinical.write');
  requireDraft(b);
  if (!b.redFlags.some((f) => f.id === body.flagId)) {
    throw fail.invalid('flagId', `no red flag "${body.flagId}" was raised at this visit (intake or exam)`);
  }
  await insertRedFlagReview(ctx.db, {
    encounter_id: id,
    flag_id: body.flagId,
    decision: body.decision,
    note: body.note,
    reviewed_by: ctx.user.id,
    reviewed_at: ctx.now(),
  });
  return present(ctx, id);
}

/** Corrections after signing are dated addenda by their author; the signed note stays as it was. */
export async function addAddendum(ctx: RequestContext, id: string, body: AddAddendum): Promise<Encounter> {
  if (!CLINICIAN_ROLES.includes(ctx.user.role)) throw fail.forbidden('only clinicians add addenda');
  const b = await bundleFor(ctx, id, 'clinical.write');
  if (b.encounter.status === 'draft') {
    throw fail.conflict('encounter_not_signed', 'edit the draft directly; addenda are for signed notes');
  }
  await insertAddendum(ctx.db, {
    encounter_id: id,
    author_id: ctx.user.id,
    text: body.text,
    created_at: ctx.now(),
  });
  return present(ctx, id);
}

/** A note can be printed once signed (a draft is not a record yet). */
export async function notePdfSource(ctx: RequestContext, id: string): Promise<Encounter> {
  const encounter = await getEncounter(ctx, id);
  if (encounter.status === 'draft')
    throw fail.conflict('encounter_not_signed', 'sign the note before printing it');
  return encounter;
}
