/** The chart's words for staff: list titles, statuses and one line per entry. */
import type { ChartEntry, ReportedItem } from '@omt/contracts';

export type ChartKind = ChartEntry['kind'];

export const KIND_TITLES: Record<ChartKind, string> = {
  problem: 'Problems',
  medication: 'Medications',
  allergy: 'Allergies',
  medical_history: 'Past medical history',
  surgical_history: 'Past surgical history',
};

export const KIND_NOUNS: Record<ChartKind, string> = {
  problem: 'problem',
  medication: 'medication',
  allergy: 'allergy',
  medical_history: 'medical history',
  surgical_history: 'surgical history',
};

export const REPORTED_LABELS: Record<ReportedItem['kind'], string> = {
  medication: 'Medication',
  allergy: 'Allergy',
  medical_history: 'Illness',
  surgical_history: 'Operation',
  no_known_allergies: 'Allergies',
};

export const STATUS_WORDS: Record<string, string> = {
  active: 'Active',
  resolved: 'Resolved',
  stopped: 'Stopped',
  inactive: 'Inactive',
};

/** The status an active entry is set to when it no longer applies. */
export const ENDED_STATUS: Record<ChartKind, string> = {
  problem: 'resolved',
  medication: 'stopped',
  allergy: 'inactive',
  medical_history: 'inactive',
  surgical_history: 'inactive',
};

export const ENDED_ACTION: Record<ChartKind, string> = {
  problem: 'Mark resolved',
  medication: 'Mark stopped',
  allergy: 'Mark inactive',
  medical_history: 'Mark inactive',
  surgical_history: 'Mark inactive',
};

/** One line for an entry, e.g. "Penicillin: hives (moderate)". */
export function entryText(e: ChartEntry): string {
  switch (e.kind) {
    case 'problem':
      return `${e.name}${e.icd10 ? ` (${e.icd10})` : ''}${e.onset ? `, since ${e.onset}` : ''}`;
    case 'medication':
      return [e.name, e.dose, e.frequency].filter(Boolean).join(', ');
    case 'allergy':
      return `${e.substance}${e.reaction ? `: ${e.reaction}` : ''}${e.severity ? ` (${e.severity})` : ''}`;
    case 'medical_history':
    case 'surgical_history':
      return `${e.description}${e.year ? `, ${e.year}` : ''}`;
  }
}

export function reportedText(i: ReportedItem): string {
  if (i.kind === 'no_known_allergies') return 'No known allergies';
  return `${i.name}${i.reaction ? ` – ${i.reaction}` : ''}${i.year ? `, ${i.year}` : ''}`;
}
