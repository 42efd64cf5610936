/**
 * An import's chart entries (problems, medications, allergies) through the chart's own service. An entry the
 * patient's list already holds (same kind, words and, for a problem, ICD-10-CM code) is not added again, so the same
 * Bundle twice adds nothing; each patient's list is read once per import (audited).
 */
import { listChartEntries } from '@omt/db';
import type { CreateChartEntry } from '@omt/contracts';
import { chartTextKey } from '@omt/domain';
import { warningOutcome, type EntryResponse } from '@omt/fhir';
import type { RequestContext } from '../../../context';
import { recordChartEntry } from '../../chart/service';
import type { ChartEntry } from './transaction-entries';

const entryKey = (kind: string, name: string, code: string | null) =>
  `${kind}|${chartTextKey(name)}|${code ?? ''}`;

function bodyKey(b: CreateChartEntry): string {
  if (b.kind === 'problem') return entryKey(b.kind, b.name, b.icd10);
  if (b.kind === 'allergy') return entryKey(b.kind, b.substance, null);
  return entryKey(b.kind, b.kind === 'medication' ? b.name : b.description, null);
}

/** The patient an entry lands on, and whether this import just registered them (an empty chart, not read). */
export interface ImportedPatient {
  id: string;
  registered: boolean;
}

/** Adds an import's chart entries, each patient's entries by key read once (none for a patient just registered). */
export function chartImporter(ctx: RequestContext) {
  const known = new Map<string, Map<string, string>>();

  async function entriesOf(patient: ImportedPatient): Promise<Map<string, string>> {
    const kept = known.get(patient.id);
    if (kept) return kept;
    const list = new Map<string, string>();
    if (!patient.registered) {
      await ctx.access(
        patient.id,
        'chart.read',
        'fhir.import',
        patient.id,
        'FHIR import: compared with the chart',
      );
      for (const r of await listChartEntries(ctx.db, patient.id)) {
        list.set(entryKey(r.kind, r.name, r.kind === 'problem' ? r.code : null), r.id);
      }
    }
    known.set(patient.id, list);
    return list;
  }

  return async (e: ChartEntry, patient: ImportedPatient): Promise<EntryResponse> => {
    if (!e.body)
      return { status: '200 OK', outcome: warningOutcome(e.item.skipped ?? 'not recorded', e.type) };
    const list = await entriesOf(patient);
    const key = bodyKey(e.body);
    const existing = list.get(key);
    if (existing) return { status: '200 OK', location: `${e.type}/${existing}` };
    const id = await recordChartEntry(ctx, patient.id, e.body);
    list.set(key, id);
    return { status: '201 Created', location: `${e.type}/${id}` };
  };
}
