/**
 * What a patient reports at intake about medicines, allergies and history, as items the physician can add to
 * the chart or dismiss. The intake asks for one item per line; each item has a stable key (its kind and its
 * words), so deciding on it twice is the same decision.
 */
import { chartTextKey, type ChartKind } from './chart-entries';

export interface IntakeHistoryReport {
  medications: string | null;
  /** false: "no allergies" answered; true: allergies listed; null: not answered. */
  allergies: boolean | null;
  allergyList: string | null;
  medicalHistory: string | null;
  surgicalHistory: string | null;
}

export type ReportedKind = Exclude<ChartKind, 'problem'> | 'no_known_allergies';

export interface ReportedItem {
  key: string;
  kind: ReportedKind;
  /** The medicine, the substance, the illness or the operation, as the patient wrote it. */
  name: string;
  /** The reaction, for an allergy written as "substance - reaction". */
  reaction: string | null;
  /** A year written on a history line (1900–2099). */
  year: number | null;
}

export const MAX_REPORTED_PER_KIND = 30;
const MAX_NAME = 200;

/** Non-empty lines (also split on ";"), trimmed, each once, at most MAX_REPORTED_PER_KIND. */
export function reportedLines(text: string | null): string[] {
  if (!text) return [];
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of text.split(/[\n;]/)) {
    const line = raw
      .replace(/^[\s\-*•]+/, '')
      .replace(/\s+/g, ' ')
      .trim();
    const key = chartTextKey(line);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.push(line.slice(0, MAX_NAME));
    if (out.length === MAX_REPORTED_PER_KIND) break;
  }
  return out;
}

/** "penicillin - rash", "penicillin: rash", "penicillin (rash)" → substance and reaction. */
export function splitAllergy(line: string): { name: string; reaction: string | null } {
  const m = /^(.+?)\s*(?:\s[-–—]\s|:|\()\s*(.+?)\)?$/.exec(line);
  if (!m?.[1] || !m[2]) return { name: line, reaction: null };
  return { name: m[1].trim(), reaction: m[2].trim() };
}

/** A year on a history line ("appendectomy 2015") and the words without it. */
export function splitYear(line: string): { name: string; year: number | null } {
  const m = /\b(19\d{2}|20\d{2})\b/.exec(line);
  if (!m?.[1]) return { name: line, year: null };
  const name = line
    .replace(m[0], '')
    .replace(/[\s,(\-–—]+\)?$/, '')
    .replace(/\(\s*\)/, '')
    .trim();
  return { name: name || line, year: Number(m[1]) };
}

function item(kind: ReportedKind, name: string, reaction: string | null = null, year: number | null = null) {
  return { key: `${kind}:${chartTextKey(name)}`, kind, name, reaction, year };
}

/** Every item of a report, in the order asked: medicines, allergies, illnesses, operations. */
export function reportedItems(report: IntakeHistoryReport | null): ReportedItem[] {
  if (!report) return [];
  const allergies = report.allergies === false ? [] : reportedLines(report.allergyList);
  return [
    ...reportedLines(report.medications).map((l) => item('medication', l)),
    ...(report.allergies === false ? [item('no_known_allergies', 'No known allergies')] : []),
    ...allergies.map((l) => {
      const a = splitAllergy(l);
      return item('allergy', a.name, a.reaction);
    }),
    ...reportedLines(report.medicalHistory).map((l) => {
      const h = splitYear(l);
      return item('medical_history', h.name, null, h.year);
    }),
    ...reportedLines(report.surgicalHistory).map((l) => {
      const h = splitYear(l);
      return item('surgical_history', h.name, null, h.year);
    }),
  ];
}
