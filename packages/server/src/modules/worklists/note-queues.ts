import { listAwaitingCosign, listUnsignedOfAuthor, type NoteQueueRow } from '@omt/db';
import { isUnsignedNoteOverdue, oldestFirst } from '@omt/domain';
import type { CosignQueueItem, UnsignedNote } from '@omt/contracts';
import type { RequestContext } from '../../context';
import { CLINICIAN_ROLES } from '../../auth/policy';
import { loadEncounterBundle } from '../encounters/load';
import { signBlockers } from '../encounters/sign-checks';
import { patientName } from '../patients/presenter';

async function readNotes(ctx: RequestContext, rows: NoteQueueRow[]): Promise<void> {
  await ctx.accessEach(
    rows.map((r) => ({ patientId: r.patient_id, resourceId: r.id })),
    'clinical.read',
    'encounter',
  );
}

/**
 * The supervisor's co-sign queue: notes their residents signed, oldest signature first. Each names what would hold
 * the co-signature now (the same checks as signing: a hold that blocks treatment blocks signing too).
 */
export async function cosignQueue(ctx: RequestContext): Promise<CosignQueueItem[]> {
  ctx.requireRole('physician');
  const rows = await listAwaitingCosign(ctx.db, ctx.user.id);
  await readNotes(ctx, rows);
  const items = await Promise.all(
    rows.map(async (r) => ({
      id: r.id,
      since: r.signed_at ?? r.created_at,
      item: {
        encounterId: r.id,
        patientId: r.patient_id,
        patientName: patientName(r),
        visitStart: r.start_at,
        timeZone: r.time_zone,
        signedAt: r.signed_at ?? r.created_at,
        resident: { id: r.author_id, name: r.author_name },
        blockers: signBlockers(await loadEncounterBundle(ctx.db, r.id), ctx.now()).map((b) => b.message),
      },
    })),
  );
  return oldestFirst(items).map((i) => i.item);
}

/** The caller's own notes still unsigned, oldest visit first; past 24 hours after the visit started they are overdue. */
export async function myUnsignedNotes(ctx: RequestContext): Promise<UnsignedNote[]> {
  ctx.requireRole(...CLINICIAN_ROLES);
  const rows = await listUnsignedOfAuthor(ctx.db, ctx.user.id);
  await readNotes(ctx, rows);
  const now = ctx.now();
  return oldestFirst(rows.map((r) => ({ id: r.id, since: r.start_at, row: r }))).map(({ row: r }) => ({
    encounterId: r.id,
    patientId: r.patient_id,
    patientName: patientName(r),
    visitStart: r.start_at,
    timeZone: r.time_zone,
    overdue: isUnsignedNoteOverdue(r.start_at, now),
  }));
}
