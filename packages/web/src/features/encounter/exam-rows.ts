import type { ExamRegion } from '@omt/contracts';
import { REGION_IDS, type RegionId } from '@omt/domain';

export type Finding = 'tenderness' | 'asymmetry' | 'restriction' | 'tissueTexture';
export type Severity = NonNullable<ExamRegion['severity']>;

export const FINDINGS: readonly { key: Finding; label: string }[] = [
  { key: 'tenderness', label: 'Tenderness' },
  { key: 'asymmetry', label: 'Asymmetry' },
  { key: 'restriction', label: 'Restriction' },
  { key: 'tissueTexture', label: 'Tissue texture' },
];

export const SEVERITIES: readonly Severity[] = ['mild', 'moderate', 'severe'];

/** One editable row of the exam table; empty strings stand for "not given". */
export interface ExamRow {
  tenderness: boolean;
  asymmetry: boolean;
  restriction: boolean;
  tissueTexture: boolean;
  severity: Severity | '';
  segment: string;
  comment: string;
  /** The date of the visit this row was copied from ('' when examined at this visit). */
  copiedFrom: string;
  /** The physician re-examined the copied row and confirmed it. */
  copyConfirmed: boolean;
}
export type ExamRows = Record<RegionId, ExamRow>;

const EMPTY: ExamRow = {
  tenderness: false,
  asymmetry: false,
  restriction: false,
  tissueTexture: false,
  severity: '',
  segment: '',
  comment: '',
  copiedFrom: '',
  copyConfirmed: false,
};

export function rowsOf(exam: readonly ExamRegion[]): ExamRows {
  const rows = Object.fromEntries(REGION_IDS.map((r) => [r, { ...EMPTY }])) as ExamRows;
  for (const e of exam) {
    rows[e.region] = {
      tenderness: e.tenderness,
      asymmetry: e.asymmetry,
      restriction: e.restriction,
      tissueTexture: e.tissueTexture,
      severity: e.severity ?? '',
      segment: e.segment ?? '',
      comment: e.comment ?? '',
      copiedFrom: e.copiedFrom ?? '',
      copyConfirmed: e.copyConfirmed ?? false,
    };
  }
  return rows;
}

/** The TART findings of a row, as words. */
export function findingsOf(row: ExamRow): string[] {
  return FINDINGS.filter((f) => row[f.key]).map((f) => f.label.toLowerCase());
}

function isDocumented(row: ExamRow): boolean {
  return (
    findingsOf(row).length > 0 ||
    row.severity !== '' ||
    row.segment.trim() !== '' ||
    row.comment.trim() !== ''
  );
}

/** One sentence for a region: its findings, severity and segment, or "no findings". */
export function summaryOf(row: ExamRow): string {
  const findings = findingsOf(row);
  const parts = [
    findings.length ? `findings: ${findings.join(', ')}` : 'no TART findings',
    row.severity,
    row.segment.trim(),
  ].filter(Boolean);
  return parts.join('; ');
}

/** The regions sent to the server, in order: a `regions.N.*` error names the Nth of them. */
export function documentedRegions(rows: ExamRows): RegionId[] {
  return REGION_IDS.filter((region) => isDocumented(rows[region]));
}

/** The PUT exam body: only documented regions, with optional fields left out when empty. */
export function toBody(rows: ExamRows): ExamRegion[] {
  return documentedRegions(rows).map((region) => {
    const r = rows[region];
    const segment = r.segment.trim();
    const comment = r.comment.trim();
    return {
      region,
      tenderness: r.tenderness,
      asymmetry: r.asymmetry,
      restriction: r.restriction,
      tissueTexture: r.tissueTexture,
      ...(r.severity ? { severity: r.severity } : {}),
      ...(segment ? { segment } : {}),
      ...(comment ? { comment } : {}),
      ...(r.copiedFrom ? { copiedFrom: r.copiedFrom, copyConfirmed: r.copyConfirmed } : {}),
    };
  });
}

/**
 * A change to a row: editing what was found means the region was examined at this visit, so a copied row loses its
 * "copied" mark; confirming a copied row keeps it.
 */
export function changedRow(row: ExamRow, patch: Partial<ExamRow>): ExamRow {
  const next = { ...row, ...patch };
  const edited = Object.keys(patch).some((k) => k !== 'copyConfirmed');
  return edited ? { ...next, copiedFrom: '', copyConfirmed: false } : next;
}

/** The regions still marked as copied and not yet confirmed. */
export function unconfirmedCopies(rows: ExamRows): RegionId[] {
  return REGION_IDS.filter((r) => rows[r].copiedFrom !== '' && !rows[r].copyConfirmed);
}

/** Which region and which of its fields a server error such as `regions.2.segment` points at. */
export function rowFieldOf(
  field: string | undefined,
  sent: readonly RegionId[],
): { region: RegionId; key: string } | null {
  const m = /^regions\.(\d+)\.(\w+)$/.exec(field ?? '');
  const region = m ? sent[Number(m[1])] : undefined;
  return m && region ? { region, key: m[2] ?? '' } : null;
}
