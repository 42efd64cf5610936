import { findEncounter, updateNoteTextIfVersion } from '@omt/db';
import type { NoteText, SaveNoteText } from '@omt/contracts';
import type { RequestContext } from '../../context';
import { DomainError, fail } from '../../errors';
import { bundleFor, requireDraft } from '../encounters/access';
import { noteTextOf } from '../encounters/note-text-of';

const orNull = (text: string) => (text.trim() ? text : null);

/**
 * Saves the draft's free text when the page read the current version; otherwise a 409 `stale_note` carrying the
 * text saved meanwhile (`details.current`), so nobody's words are overwritten silently.
 */
export async function saveNoteText(ctx: RequestContext, id: string, body: SaveNoteText): Promise<NoteText> {
  const b = await bundleFor(ctx, id, 'clinical.write');
  requireDraft(b);
  const saved = await updateNoteTextIfVersion(ctx.db, id, body.version, {
    hpi: orNull(body.hpi),
    assessment: orNull(body.assessment),
    plan: orNull(body.plan),
    em_note: orNull(body.emNote),
    ...(body.emCode === undefined ? {} : { em_code: orNull(body.emCode) }),
    updated_at: ctx.now(),
  });
  const now = await findEncounter(ctx.db, id);
  if (!now) throw fail.notFound('encounter');
  if (saved) return noteTextOf(now);
  requireDraft({ ...b, encounter: now }); // signed in between: the signed note's answer, not a stale draft's
  throw new DomainError(
    409,
    'stale_note',
    'version: this note was changed in another tab or by someone else since you opened it',
    'version',
    { current: noteTextOf(now) },
  );
}
