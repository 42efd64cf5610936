/**
 * Citations of docs/clinical-reference.md rows. `cite('CR-HVLA-3')` is what a rule's `source` holds:
 * the row id with its primary source's title and, where the reference marks it, the strength of the
 * evidence in plain words — the text clinicians and patients see.
 */
import { ROW_ID_PATTERN } from './parse-reference';
import { CLINICAL_REFERENCE_ROWS } from './rows.generated';

function citeOne(id: string): string {
  const row = CLINICAL_REFERENCE_ROWS[id];
  if (!row) return id;
  const source = row.source === '' ? '' : ` — ${row.source}`;
  const evidence = row.evidence === '' ? '' : ` — ${row.evidence}`;
  return `${id}${source}${evidence}`;
}

/** "Clinical reference CR-HVLA-3 — StatPearls: HVLA for the cervical spine, 2023 — expert consensus". */
export function cite(...ids: [string, ...string[]]): string {
  return `Clinical reference ${ids.map(citeOne).join('; ')}`;
}

/** The row ids a text names. */
export function rowIdsIn(text: string): string[] {
  return [...text.matchAll(ROW_ID_PATTERN)].map((m) => m[0]);
}
