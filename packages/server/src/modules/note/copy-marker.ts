import type { listExamFindings } from '@omt/db';
import type { ExamRegion } from '@omt/contracts';

type ExamFindingRow = Awaited<ReturnType<typeof listExamFindings>>[number];

/** What a row says was found; a copied row keeps its marker only while this stays the same. */
function findingsKey(r: {
  tenderness: boolean;
  asymmetry: boolean;
  restriction: boolean;
  tissueTexture: boolean;
  severity: string | null;
  segment: string | null;
  comment: string | null;
}): string {
  return JSON.stringify([
    r.tenderness,
    r.asymmetry,
    r.restriction,
    r.tissueTexture,
    r.severity ?? null,
    r.segment ?? null,
    r.comment ?? null,
  ]);
}

function keyOfRow(f: ExamFindingRow): string {
  return findingsKey({
    tenderness: f.tenderness === 1,
    asymmetry: f.asymmetry === 1,
    restriction: f.restriction === 1,
    tissueTexture: f.tissue_texture === 1,
    severity: f.severity,
    segment: f.segment,
    comment: f.comment,
  });
}

/**
 * The copy marker a saved row keeps: only a row that was stored as copied, is still marked so by the page and says
 * exactly what the copy said keeps it (confirmed if the physician confirmed it now or before); any edit drops it,
 * since the physician then examined the region at this visit. A page can never invent a marker.
 */
export function copyMarkerOf(
  previous: ExamFindingRow | undefined,
  sent: ExamRegion,
  stored: { segment: string | null; comment: string | null },
): { copied_from: string | null; copy_confirmed: number } {
  const unchanged =
    previous?.copied_from != null &&
    sent.copiedFrom === previous.copied_from &&
    keyOfRow(previous) ===
      findingsKey({
        ...sent,
        severity: sent.severity ?? null,
        segment: stored.segment,
        comment: stored.comment,
      });
  if (!unchanged) return { copied_from: null, copy_confirmed: 0 };
  return {
    copied_from: previous.copied_from,
    copy_confirmed: sent.copyConfirmed === true || previous.copy_confirmed === 1 ? 1 : 0,
  };
}
