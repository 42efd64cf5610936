/** The outcomes report as CSV: one row per figure (section, figure, value, of), for a spreadsheet. */
import type { OutcomesReport } from '@omt/contracts';

/** Quotes every cell; a text cell a spreadsheet would run as a formula starts with an apostrophe. */
function cell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function outcomesReportCsv(report: OutcomesReport): string {
  const rows: (string | number | null)[][] = [['section', 'figure', 'value', 'of']];
  const p = report.plans;
  rows.push(
    ['plans', 'plans', p.total, null],
    ['plans', 'active', p.active, p.total],
    ['plans', 'completed', p.completed, p.total],
    ['plans', 'abandoned', p.abandoned, p.total],
  );
  for (const [when, share] of [
    ['by visit 4', report.painByVisit4],
    ['at discharge', report.painAtDischarge],
  ] as const) {
    rows.push(
      [`pain ${when}`, '30 % pain relief', share.reachedRelief, share.plans],
      [`pain ${when}`, 'meaningful change (2 points)', share.reachedMcid, share.plans],
    );
  }
  for (const m of report.measures) rows.push(['mean change', `${m.name} (${m.unit})`, m.meanChange, m.plans]);
  const a = report.adverseEvents;
  rows.push(
    ['adverse events', 'soreness beyond 3 days', a.prolongedSoreness, a.checkIns],
    ['adverse events', 'new symptoms', a.newSymptoms, a.checkIns],
    ['adverse events', 'plans affected', a.plansAffected, p.total],
    ['visits', 'no-shows', report.visits.noShows, report.visits.past],
  );
  for (const f of report.published) {
    rows.push([
      `published trial result, not a like-for-like comparison: ${f.trial}`,
      f.outcome,
      f.omt,
      f.comparison,
    ]);
  }
  return `${rows.map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}
