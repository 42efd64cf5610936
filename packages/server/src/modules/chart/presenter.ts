/** Chart entries between their one table (migration 0030) and the API's shape per kind. */
import type { ChartEntryRow, ChartEntryTable } from '@omt/db';
import type { ChartEntry, CreateChartEntry } from '@omt/contracts';

type EntryColumns = Pick<
  ChartEntryTable,
  'kind' | 'status' | 'name' | 'code' | 'onset' | 'dose' | 'frequency' | 'reaction' | 'severity' | 'year'
> & { anticoagulant: number };

const EMPTY = {
  code: null,
  onset: null,
  dose: null,
  frequency: null,
  anticoagulant: 0,
  reaction: null,
  severity: null,
  year: null,
};

/** The columns an entry of its kind fills; the others stay null. */
export function entryColumns(e: CreateChartEntry): EntryColumns {
  const base = { ...EMPTY, kind: e.kind, status: e.status };
  switch (e.kind) {
    case 'problem':
      return { ...base, name: e.name, code: e.icd10, onset: e.onset };
    case 'medication':
      return {
        ...base,
        name: e.name,
        dose: e.dose,
        frequency: e.frequency,
        anticoagulant: Number(e.anticoagulant),
      };
    case 'allergy':
      return { ...base, name: e.substance, reaction: e.reaction, severity: e.severity };
    case 'medical_history':
    case 'surgical_history':
      return { ...base, name: e.description, year: e.year };
  }
}

export function presentEntry(r: ChartEntryRow & { updated_by_name: string }): ChartEntry {
  const meta = {
    id: r.id,
    version: r.version,
    recordedAt: r.created_at,
    updatedAt: r.updated_at,
    updatedBy: r.updated_by_name,
    fromIntake: r.source_intake_id !== null,
  };
  const status = r.status as never;
  switch (r.kind) {
    case 'problem':
      return { kind: 'problem', name: r.name, onset: r.onset, icd10: r.code, status, ...meta };
    case 'medication':
      return {
        kind: 'medication',
        name: r.name,
        dose: r.dose,
        frequency: r.frequency,
        anticoagulant: r.anticoagulant === 1,
        status,
        ...meta,
      };
    case 'allergy':
      return {
        kind: 'allergy',
        substance: r.name,
        reaction: r.reaction,
        severity: r.severity as 'mild' | 'moderate' | 'severe' | null,
        status,
        ...meta,
      };
    default:
      return {
        kind: r.kind as 'medical_history' | 'surgical_history',
        description: r.name,
        year: r.year,
        status,
        ...meta,
      };
  }
}
