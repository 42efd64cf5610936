import { z } from 'zod';
import { DOT_PHRASE_SHORTCUT, normalizeShortcut } from '@omt/domain';

/** The longest free-text section of a note, in characters. */
export const NOTE_TEXT_MAX = 4000;

const section = z.string().max(NOTE_TEXT_MAX, `at most ${NOTE_TEXT_MAX} characters`);

/**
 * The CPT code of the separate E/M service (modifier 25) as the physician types it: 5 digits; empty while none is
 * entered. Only the format is checked: which E/M code fits the visit is the physician's decision.
 */
export const EmCode = z
  .string()
  .trim()
  .regex(/^(\d{5})?$/, 'must be a CPT code of 5 digits');

/** The draft's free text as last saved, with the version a save must carry. */
export const NoteText = z.object({
  hpi: z.string(),
  assessment: z.string(),
  plan: z.string(),
  /** The separately identifiable E/M service (modifier 25). */
  emNote: z.string(),
  /** The E/M service's CPT code billed with modifier 25; empty when none is entered. */
  emCode: z.string(),
  version: z.number().int(),
});
export type NoteText = z.infer<typeof NoteText>;

export const SaveNoteText = z.object({
  /** The version the page read; a save over a newer one is refused (409 `stale_note`). */
  version: z.number().int().min(0),
  hpi: section,
  assessment: section,
  plan: section,
  emNote: section,
  /** Left out: the code stays as saved. */
  emCode: EmCode.optional(),
});
export type SaveNoteText = z.infer<typeof SaveNoteText>;

export const NOTE_TEMPLATE_SCOPES = ['clinic', 'mine'] as const;

export const SaveNoteTemplate = z.object({
  shortcut: z
    .string()
    .max(30, 'at most 24 letters after the dot')
    .transform(normalizeShortcut)
    .refine((s) => DOT_PHRASE_SHORTCUT.test(s), 'a dot then letters, digits or hyphens, e.g. .lbp'),
  title: z.string().trim().min(1, 'give the template a title').max(80, 'at most 80 characters'),
  body: z
    .string()
    .trim()
    .min(1, 'write the text to insert')
    .max(NOTE_TEXT_MAX, `at most ${NOTE_TEXT_MAX} characters`),
  /** 'clinic' for everyone (admin only), 'mine' for the clinician's own. */
  scope: z.enum(NOTE_TEMPLATE_SCOPES),
});
export type SaveNoteTemplate = z.input<typeof SaveNoteTemplate>;

export const NoteTemplate = z.object({
  id: z.string(),
  shortcut: z.string(),
  title: z.string(),
  body: z.string(),
  scope: z.enum(NOTE_TEMPLATE_SCOPES),
  /** Whether the caller may change or delete it. */
  canEdit: z.boolean(),
});
export type NoteTemplate = z.infer<typeof NoteTemplate>;

export const NoteTemplateList = z.object({ templates: z.array(NoteTemplate) });
