/**
 * `POST /fhir/R4` with a `transaction` Bundle: patients of another system with their problems (Condition),
 * medications (MedicationStatement), allergies (AllergyIntolerance) and results (Observation), all or nothing in the
 * request's one unit of work. Every entry is read and checked first (`transaction-entries.ts`), then each goes
 * through the REST service that owns it (registration, the chart's lists, its results from other systems) with its
 * rules and audit. A caller holding 'records.import' (the admin) may do all of it in one Bundle
 * (`import-context.ts`); anyone else needs, per entry, the role its REST counterpart needs. A patient is found by an
 * identifier already recorded, a result by its sender's identifier (a changed one replacing it unless older, one sent
 * as entered-in-error or cancelled withdrawing it, kept withdrawn when it arrives first), and a chart entry the list
 * already holds is not added again, so the same Bundle twice adds nothing.
 */
import { findPatientIdentifiers } from '@omt/db';
import {
  outsideObservationId,
  transactionResponseBundle,
  warningOutcome,
  type EntryResponse,
  type FhirBundle,
} from '@omt/fhir';
import type { RequestContext } from '../../../context';
import { fail } from '../../../errors';
import { importOutsideResult } from '../../chart/outside-results';
import { chartImporter, type ImportedPatient } from './chart-import';
import { inFhirTerms } from './fhir-input';
import { asImporter } from './import-context';
import { recordIdentifiers, registerFromFhir } from './patient-writes';
import { inEntry, readEntries, type PatientEntry, type ResultEntry } from './transaction-entries';

function requireTransaction(bundle: FhirBundle): void {
  if (bundle.type !== 'transaction') {
    throw fail.invalid('Bundle.type', `must be transaction, not ${bundle.type}`);
  }
}

/** The patient of the identifiers, registered when none of them is recorded yet. */
async function importPatient(
  ctx: RequestContext,
  e: PatientEntry,
): Promise<{ id: string; response: EntryResponse }> {
  const owners = [
    ...new Set((await findPatientIdentifiers(ctx.db, e.p.identifiers)).map((m) => m.patient_id)),
  ];
  if (owners.length > 1) {
    throw fail.conflict(
      'identifier_in_use',
      `Patient.identifier: names several patients here (${owners.map((o) => `Patient/${o}`).join(', ')})`,
      'Patient.identifier',
    );
  }
  if (owners.length === 0) {
    const id = await registerFromFhir(ctx, e.p);
    return { id, response: { status: '201 Created', location: `Patient/${id}` } };
  }
  const id = owners[0]!;
  await ctx.access(id, 'demographics.read', 'fhir.Patient', id, 'FHIR import: found by identifier');
  await recordIdentifiers(ctx, id, e.p);
  return { id, response: { status: '200 OK', location: `Patient/${id}` } };
}

/**
 * A result from another system: kept once per its sender's identifier, a changed version sent again (or one sent as
 * entered-in-error or cancelled, which withdraws it) replacing it unless older; a warning says why anything was not
 * recorded.
 */
async function importResult(ctx: RequestContext, e: ResultEntry, patientId: string): Promise<EntryResponse> {
  if (!e.body) return { status: '200 OK', outcome: warningOutcome(e.item.skipped ?? 'not recorded', e.type) };
  const body = e.body;
  const r = await inFhirTerms(() => importOutsideResult(ctx, patientId, body), e.item.pathOf);
  return {
    status: r.outcome === 'added' ? '201 Created' : '200 OK',
    location: `Observation/${outsideObservationId(r.id)}`,
    ...(r.note ? { outcome: warningOutcome(r.note, e.type) } : {}),
  };
}

/** Imports the Bundle (the caller runs it in one unit of work) and answers the transaction-response. */
export async function importTransaction(request: RequestContext, bundle: FhirBundle): Promise<FhirBundle> {
  requireTransaction(bundle);
  const ctx = asImporter(request);
  const entries = await readEntries(ctx, bundle);
  const patientOfEntry = new Map<number, ImportedPatient>();
  const importChartEntry = chartImporter(ctx);
  const responses: EntryResponse[] = [];
  for (const e of entries) {
    responses.push(
      await inEntry(e.index, async (): Promise<EntryResponse> => {
        if (e.type === 'Patient') {
          const { id, response } = await importPatient(ctx, e);
          patientOfEntry.set(e.index, { id, registered: response.status.startsWith('201') });
          return response;
        }
        const patient =
          'id' in e.patient ? { id: e.patient.id, registered: false } : patientOfEntry.get(e.patient.entry)!;
        return e.type === 'Observation' ? importResult(ctx, e, patient.id) : importChartEntry(e, patient);
      }),
    );
  }
  return transactionResponseBundle(responses);
}
