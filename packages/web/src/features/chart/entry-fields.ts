/** The fields of each kind's form, and the form's values to and from the contract's shape (pure). */
import type { ChartEntry } from '@omt/contracts';
import type { ChartKind } from './chart-words';

export interface FieldSpec {
  name: string;
  label: string;
  hint?: string;
  kind?: 'text' | 'checkbox' | 'severity' | 'year';
  /** Sent as null when left empty. */
  optional?: boolean;
}

const YEAR: FieldSpec = {
  name: 'year',
  label: 'Year',
  hint: 'Optional, e.g. 2015',
  kind: 'year',
  optional: true,
};

export const FIELDS: Record<ChartKind, FieldSpec[]> = {
  problem: [
    { name: 'name', label: 'Condition' },
    {
      name: 'onset',
      label: 'Onset',
      hint: 'Optional: a year, year-month or date (2019, 2019-04, 2019-04-12)',
      optional: true,
    },
    { name: 'icd10', label: 'ICD-10-CM code', hint: 'Optional, e.g. M54.50', optional: true },
  ],
  medication: [
    { name: 'name', label: 'Medication' },
    { name: 'dose', label: 'Dose', hint: 'Optional, e.g. 5 mg', optional: true },
    { name: 'frequency', label: 'How often', hint: 'Optional, e.g. once a day', optional: true },
    { name: 'anticoagulant', label: 'Anticoagulant (blood thinner)', kind: 'checkbox' },
  ],
  allergy: [
    { name: 'substance', label: 'Substance' },
    { name: 'reaction', label: 'Reaction', hint: 'Optional, e.g. hives', optional: true },
    { name: 'severity', label: 'Severity', kind: 'severity', optional: true },
  ],
  medical_history: [{ name: 'description', label: 'Illness or condition' }, YEAR],
  surgical_history: [{ name: 'description', label: 'Operation' }, YEAR],
};

export type Draft = Record<string, string | boolean>;

/**
 * "substance: is required" said under its field as "Substance is required"; a message the server already words
 * with the field's label ("Substance is required.") is shown as it is.
 */
export function fieldRule(label: string, message: string | undefined): string | undefined {
  if (!message) return message;
  return /^[\w.]+: /.test(message) ? `${label} ${message.replace(/^[\w.]+: /, '')}` : message;
}

export function draftOf(kind: ChartKind, entry: ChartEntry | null): Draft {
  const values = (entry ?? {}) as Record<string, unknown>;
  const draft: Draft = { status: entry?.status ?? 'active' };
  for (const f of FIELDS[kind]) {
    const v = values[f.name];
    draft[f.name] =
      f.kind === 'checkbox' ? v === true : typeof v === 'string' || typeof v === 'number' ? String(v) : '';
  }
  return draft;
}

/** The body as the contract reads it: empty optional fields as null, a year of digits as a number. */
export function bodyOf(kind: ChartKind, draft: Draft): Record<string, unknown> {
  const body: Record<string, unknown> = { kind, status: draft.status };
  for (const f of FIELDS[kind]) {
    const v = draft[f.name] ?? '';
    if (typeof v === 'boolean') body[f.name] = v;
    else if (f.optional && !v.trim()) body[f.name] = null;
    else if (f.kind === 'year' && /^\d+$/.test(v.trim())) body[f.name] = Number(v.trim());
    else body[f.name] = v;
  }
  return body;
}
