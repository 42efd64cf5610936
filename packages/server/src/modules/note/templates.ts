import { randomUUID } from 'node:crypto';
import {
  deleteNoteTemplate,
  findNoteTemplate,
  insertNoteTemplate,
  isUniqueViolation,
  listNoteTemplates,
  updateNoteTemplate,
} from '@omt/db';
import type { NoteTemplate, SaveNoteTemplate } from '@omt/contracts';
import type { RequestContext } from '../../context';
import { fail } from '../../errors';
import { CLINICIAN_ROLES } from '../../auth/policy';
import { auditSetup } from '../catalog/audit';

type TemplateRow = NonNullable<Awaited<ReturnType<typeof findNoteTemplate>>>;
type ParsedTemplate = SaveNoteTemplate & { shortcut: string };

function present(ctx: RequestContext, row: TemplateRow): NoteTemplate {
  const clinic = row.scope === 'clinic';
  return {
    id: row.id,
    shortcut: row.shortcut,
    title: row.title,
    body: row.body,
    scope: clinic ? 'clinic' : 'mine',
    canEdit: clinic ? ctx.user.role === 'admin' : row.scope === ctx.user.id,
  };
}

/** Who may keep templates of a scope: the admin the clinic's, a clinician their own. */
function requireScope(ctx: RequestContext, scope: SaveNoteTemplate['scope']): string {
  if (scope === 'clinic') {
    if (ctx.user.role !== 'admin') throw fail.forbidden("only an admin manages the clinic's templates");
    return 'clinic';
  }
  if (!CLINICIAN_ROLES.includes(ctx.user.role))
    throw fail.forbidden('only clinicians keep their own templates');
  return ctx.user.id;
}

/** The template, if the caller may change it; another clinician's own template is not found for them. */
async function editable(ctx: RequestContext, id: string): Promise<TemplateRow> {
  const row = await findNoteTemplate(ctx.db, id);
  if (!row || (row.scope !== 'clinic' && row.scope !== ctx.user.id)) throw fail.notFound('template');
  requireScope(ctx, row.scope === 'clinic' ? 'clinic' : 'mine');
  return row;
}

/** A template's change, recorded before it is made (no patient data: a template is text to start a note from). */
const auditTemplate = (ctx: RequestContext, action: string, row: TemplateRow) =>
  auditSetup(
    ctx,
    action,
    'note_template',
    row.id,
    `${row.scope === 'clinic' ? 'clinic' : 'own'} ${row.shortcut}: ${row.title}`,
  );

const shortcutTaken = (shortcut: string) =>
  fail.conflict(
    'shortcut_taken',
    `shortcut: ${shortcut} is already a template here; choose another`,
    'shortcut',
  );

export async function listTemplates(ctx: RequestContext): Promise<{ templates: NoteTemplate[] }> {
  ctx.requireRole('physician', 'resident', 'admin');
  const rows = await listNoteTemplates(ctx.db, ctx.user.id);
  // By shortcut, one's own before the clinic's: the first match is the one a shortcut inserts.
  const ordered = [...rows].sort(
    (x, y) =>
      x.shortcut.localeCompare(y.shortcut) || Number(x.scope === 'clinic') - Number(y.scope === 'clinic'),
  );
  return { templates: ordered.map((r) => present(ctx, r)) };
}

export async function createTemplate(ctx: RequestContext, body: ParsedTemplate): Promise<NoteTemplate> {
  const scope = requireScope(ctx, body.scope);
  const row = {
    id: randomUUID(),
    scope,
    shortcut: body.shortcut,
    title: body.title,
    body: body.body,
    created_by: ctx.user.id,
    created_at: ctx.now(),
    updated_at: ctx.now(),
  };
  await auditTemplate(ctx, 'note_template.create', row);
  try {
    await insertNoteTemplate(ctx.db, row);
  } catch (error) {
    if (isUniqueViolation(error)) throw shortcutTaken(body.shortcut);
    throw error;
  }
  return present(ctx, row);
}

export async function updateTemplate(
  ctx: RequestContext,
  id: string,
  body: ParsedTemplate,
): Promise<NoteTemplate> {
  const row = await editable(ctx, id);
  if ((row.scope === 'clinic') !== (body.scope === 'clinic')) {
    throw fail.invalid('scope', 'a template keeps its scope; add a new one instead');
  }
  const patch = { shortcut: body.shortcut, title: body.title, body: body.body, updated_at: ctx.now() };
  await auditTemplate(ctx, 'note_template.update', { ...row, ...patch });
  try {
    await updateNoteTemplate(ctx.db, id, patch);
  } catch (error) {
    if (isUniqueViolation(error)) throw shortcutTaken(body.shortcut);
    throw error;
  }
  return present(ctx, { ...row, ...patch });
}

export async function deleteTemplate(ctx: RequestContext, id: string): Promise<{ ok: true }> {
  await auditTemplate(ctx, 'note_template.delete', await editable(ctx, id));
  await deleteNoteTemplate(ctx.db, id);
  return { ok: true };
}
