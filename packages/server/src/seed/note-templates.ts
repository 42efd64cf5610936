import { randomUUID } from 'node:crypto';
import { insertNoteTemplate, type Database } from '@omt/db';

/** The demo clinic's templates ("dot phrases"): typed as `.lbp` and a space in a note field. */
export const DEMO_NOTE_TEMPLATES = [
  {
    shortcut: '.lbp',
    title: 'Low back pain history',
    body: 'Low back pain for __ weeks, started after __. Worse with sitting and bending, eased by walking. No leg weakness, numbness, or bladder or bowel change.',
  },
  {
    shortcut: '.omtplan',
    title: 'OMT plan, follow-up',
    body: 'Continue OMT every 2 weeks for 3 visits, then reassess. Home stretches as shown. Return sooner or seek urgent care if weakness, numbness or bladder or bowel change.',
  },
  {
    shortcut: '.tol',
    title: 'Tolerated without complication',
    body: 'Patient tolerated treatment well without complication; expected soreness for 24–48 hours explained.',
  },
] as const;

export async function seedNoteTemplates(db: Database, adminId: string): Promise<void> {
  for (const t of DEMO_NOTE_TEMPLATES) {
    await insertNoteTemplate(db, {
      id: randomUUID(),
      scope: 'clinic',
      ...t,
      created_by: adminId,
      created_at: '2026-01-01T00:00:00Z',
      updated_at: '2026-01-01T00:00:00Z',
    });
  }
}
