/** Reads docs/clinical-reference.md (passed in as text): its rows and its sources. Pure, no I/O. */

export interface ReferenceRow {
  id: string;
  fact: string;
  /** The evidence column as written ("" when the source states the fact plainly). */
  evidence: string;
  sourceKeys: string[];
}

export interface ReferenceSource {
  key: string;
  title: string;
  year: string;
  link: string;
}

export interface ParsedReference {
  rows: ReferenceRow[];
  sources: ReferenceSource[];
}

/** A row id: `CR-<SECTION>-<n>`, the section in upper-case letters. */
export const ROW_ID_PATTERN = /\bCR-[A-Z]+-\d+\b/g;

const ROW_LINE = /^\| (CR-[A-Z]+-\d+) \|(.*)\|\s*$/;
const SOURCE_LINE = /^\| ([A-Z][A-Z0-9]*) \| (.+?) \| (.+?) \| (.+?) \|\s*$/;

function cells(rest: string): string[] {
  return rest.split('|').map((c) => c.trim());
}

export function parseClinicalReference(markdown: string): ParsedReference {
  const rows: ReferenceRow[] = [];
  const sources: ReferenceSource[] = [];
  let inSources = false;
  for (const line of markdown.split('\n')) {
    if (line.startsWith('## ')) inSources = line.trim() === '## Sources';
    const row = ROW_LINE.exec(line);
    if (row) {
      const [fact = '', evidence = '', source = ''] = cells(row[2] ?? '');
      const sourceKeys = [...source.matchAll(/\[([A-Z][A-Z0-9]*)\]/g)].map((m) => m[1] ?? '');
      rows.push({ id: row[1] ?? '', fact, evidence, sourceKeys });
      continue;
    }
    const src = inSources ? SOURCE_LINE.exec(line) : null;
    if (src && src[1] !== 'Key') {
      sources.push({ key: src[1] ?? '', title: src[2] ?? '', year: src[3] ?? '', link: src[4] ?? '' });
    }
  }
  return { rows, sources };
}

/** The plain-words label of an evidence cell: the text before its first colon. */
export function evidenceLabel(evidence: string): string {
  return evidence.split(':')[0]?.trim() ?? '';
}

/** What the code shows per row: the evidence label and the title of its first (primary) source. */
export interface CitedRow {
  evidence: string;
  source: string;
}

export function citedRows(ref: ParsedReference): Record<string, CitedRow> {
  const byKey = new Map(ref.sources.map((s) => [s.key, s]));
  const out: Record<string, CitedRow> = {};
  for (const row of ref.rows) {
    const first = byKey.get(row.sourceKeys[0] ?? '');
    out[row.id] = {
      evidence: evidenceLabel(row.evidence),
      source: first ? `${first.title}, ${first.year}` : '',
    };
  }
  return out;
}

/** The generated module's text, so the generator and the staleness test agree byte for byte. */
export function renderRowsModule(rows: Record<string, CitedRow>): string {
  const body = Object.entries(rows)
    .map(
      ([id, r]) =>
        `  ${JSON.stringify(id)}: { evidence: ${JSON.stringify(r.evidence)}, source: ${JSON.stringify(r.source)} },`,
    )
    .join('\n');
  return [
    '// Generated from docs/clinical-reference.md by scripts/generate-clinical-reference.ts; do not edit.',
    "import type { CitedRow } from './parse-reference';",
    '',
    'export const CLINICAL_REFERENCE_ROWS: Readonly<Record<string, CitedRow>> = {',
    body,
    '};',
    '',
  ].join('\n');
}
