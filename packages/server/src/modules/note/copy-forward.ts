import { randomUUID } from 'node:crypto';
import { findLastSignedEncounter, findLocation, listExamFindings, replaceExamFindings } from '@omt/db';
import { localDateTime } from '@omt/domain';
import type { Encounter } from '@omt/contracts';
import type { RequestContext } from '../../context';
import { fail } from '../../errors';
import { bundleFor, present, requireDraft } from '../encounters/access';

/**
 * Fills the draft's exam from the patient's last signed visit, each row marked "copied from <that visit's date>":
 * the note cannot be signed until each copied row is confirmed or edited (`sign-checks.ts`).
 */
export async function copyExamForward(ctx: RequestContext, id: string): Promise<Encounter> {
  const b = await bundleFor(ctx, id, 'clinical.write');
  requireDraft(b);
  const last = await findLastSignedEncounter(ctx.db, b.encounter.patient_id, id);
  if (!last) {
    throw fail.unprocessable(
      'no_previous_exam',
      'this patient has no earlier signed visit to copy the exam from',
    );
  }
  await ctx.access(b.encounter.patient_id, 'clinical.read', 'encounter', last.id);
  const findings = await listExamFindings(ctx.db, last.id);
  if (!findings.length) {
    throw fail.unprocessable('no_previous_exam', 'the last signed visit recorded no structural findings');
  }
  const zone = (await findLocation(ctx.db, last.location_id))?.time_zone ?? b.timeZone;
  const date = localDateTime(last.start_at, zone).date;
  await replaceExamFindings(
    ctx.db,
    id,
    findings.map((f) => ({
      id: randomUUID(),
      encounter_id: id,
      region: f.region,
      tenderness: f.tenderness,
      asymmetry: f.asymmetry,
      restriction: f.restriction,
      tissue_texture: f.tissue_texture,
      comment: f.comment,
      severity: f.severity,
      segment: f.segment,
      copied_from: date,
      copy_confirmed: 0,
    })),
  );
  return present(ctx, id);
}
