/**
 * The chart's lists: problems, medications, allergies, past medical and surgical history. Entries are never
 * deleted: each kind has the statuses it can be set to, the first being the one a new entry starts with.
 */
export const CHART_KINDS = [
  'problem',
  'medication',
  'allergy',
  'medical_history',
  'surgical_history',
] as const;
export type ChartKind = (typeof CHART_KINDS)[number];

export const CHART_STATUSES = {
  problem: ['active', 'resolved'],
  medication: ['active', 'stopped'],
  allergy: ['active', 'inactive'],
  medical_history: ['active', 'inactive'],
  surgical_history: ['active', 'inactive'],
} as const satisfies Record<ChartKind, readonly [string, string]>;

export const ALLERGY_SEVERITIES = ['mild', 'moderate', 'severe'] as const;
export type AllergySeverity = (typeof ALLERGY_SEVERITIES)[number];

/**
 * The form of an ICD-10-CM code: a letter, a digit, a letter or digit, then optionally a dot and one to four
 * letters or digits (e.g. `M54.50`, `S13.4XXA`). Only the form is checked: whether the code exists is the
 * coder's to say, and no code is ever made up here.
 */
export const ICD10_CM_FORMAT = /^[A-TV-Z][0-9][0-9AB](\.[0-9A-Z]{1,4})?$/;

export function isIcd10CmFormat(code: string): boolean {
  return ICD10_CM_FORMAT.test(code);
}

/** A date as precise as a patient remembers it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export const PARTIAL_DATE_FORMAT = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** Whether a partial date (see PARTIAL_DATE_FORMAT) lies after `today` (YYYY-MM-DD) at its own precision. */
export function partialDateAfter(date: string, today: string): boolean {
  return date > today.slice(0, date.length);
}

/** The key two list entries are compared by: lower case, accents and extra spaces removed. */
export function chartTextKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The safety factors stay the one source of truth for anticoagulation. A medication marked as an anticoagulant
 * while the factors do not say so (or the reverse) is pointed out to the clinician, never changed silently.
 */
export function anticoagulationMismatch(
  activeMedications: readonly { name: string; anticoagulant: boolean }[],
  factorAnticoagulated: boolean,
): 'medication_not_in_factors' | 'factor_without_medication' | null {
  const listed = activeMedications.some((m) => m.anticoagulant);
  if (listed && !factorAnticoagulated) return 'medication_not_in_factors';
  if (!listed && factorAnticoagulated && activeMedications.length > 0) return 'factor_without_medication';
  return null;
}
