/**
 * `POST /fhir/R4` with a `transaction` Bundle: patients of another system with their problems (Condition) and
 * allergies (AllergyIntolerance), all or nothing in the request's one unit of work. Each entry goes through the REST
 * service that owns it (registration, the chart's lists) with its roles, rules and audit. A patient is found by an
 * identifier already recorded, so the same Bundle twice registers nobody and adds no entry the second time; a chart
 * entry the patient's list already holds (same kind, words and code) is not added again. Observations are checked
 * and reported as not recorded: the record keeps none from other systems.
 */
import { findPatient, findPatientIdentifiers, listChartEntries } from '@omt/db';
import { CreateChartEntry } from '@omt/contracts';
import { chartTextKey } from '@omt/domain';
import {
  fromFhirAllergyIntolerance,
  fromFhirCondition,
  fromFhirObservation,
  fromFhirPatient,
  referenceId,
  transactionResponseBundle,
  warningOutcome,
  type ChartItemFromFhir,
  type EntryResponse,
  type FhirBundle,
  type PatientFromFhir,
} from '@omt/fhir';
import { RegisterPatient } from '@omt/contracts';
import type { RequestContext } from '../../../context';
import { DomainError, fail } from '../../../errors';
import { addChartEntry } from '../../chart/service';
import { checkWith, mapped } from './fhir-input';
import { recordIdentifiers, registerFromFhir } from './patient-writes';

const CHART_TYPES = {
  Condition: fromFhirCondition,
  AllergyIntolerance: fromFhirAllergyIntolerance,
  Observation: fromFhirObservation,
} as const;
type ChartType = keyof typeof CHART_TYPES;
const IMPORTED = ['Patient', ...Object.keys(CHART_TYPES)];

type PatientEntry = { index: number; type: 'Patient'; fullUrl: string | undefined; p: PatientFromFhir };
type ChartEntry = {
  index: number;
  type: ChartType;
  item: ChartItemFromFhir;
  body: CreateChartEntry | null;
  /** The Patient entry it references, or the id of a patient already here. */
  patient: { entry: number } | { id: string };
};
type Entry = PatientEntry | ChartEntry;

const at = (i: number) => `Bundle.entry[${i}]`;

/** `Patient.name[0]` → `Bundle.entry[3].resource.name[0]`; a field of the entry itself keeps its name. */
function entryPath(i: number, field: string | undefined): string {
  if (!field) return at(i);
  const head = /^[A-Z][A-Za-z]+/.exec(field)?.[0];
  return head ? `${at(i)}.resource${field.slice(head.length)}` : `${at(i)}.${field}`;
}

/** Runs one entry's work, a refusal naming the entry and its element. */
async function inEntry<R>(i: number, run: () => R | Promise<R>): Promise<R> {
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof DomainError) || error.status >= 500) throw error;
    const path = entryPath(i, error.field);
    const rest =
      error.field && error.message.startsWith(`${error.field}: `)
        ? error.message.slice(error.field.length + 2)
        : error.message;
    throw new DomainError(error.status, error.code, `${path}: ${rest}`, path, error.details);
  }
}

function requireTransaction(bundle: FhirBundle): void {
  if (bundle.type !== 'transaction') {
    throw fail.invalid('Bundle.type', `must be transaction, not ${bundle.type}`);
  }
}

function readPatient(index: number, resource: unknown, fullUrl: string | undefined): PatientEntry {
  const p = mapped(() => fromFhirPatient(resource as never));
  if (!p.identifiers.length) {
    throw fail.invalid(
      'Patient.identifier',
      'an imported patient needs an identifier with system and value, by which a second import finds them',
    );
  }
  checkWith(RegisterPatient, { ...p.fields, guardians: p.fields.guardians ?? [] }, p.pathOf);
  return { index, type: 'Patient', fullUrl, p };
}

/** Reads and checks every entry before anything is written: a bad one is a 400 naming it. */
async function readEntries(ctx: RequestContext, bundle: FhirBundle): Promise<Entry[]> {
  const entries: Entry[] = [];
  const byFullUrl = new Map<string, number>();
  const byIdentifier = new Map<string, number>();
  for (const [index, e] of (bundle.entry ?? []).entries()) {
    entries.push(
      await inEntry(index, async (): Promise<Entry> => {
        const type = e.resource?.resourceType;
        if (!e.resource || !type) throw fail.invalid('resource', 'is required');
        if (e.request?.method !== 'POST') {
          throw fail.invalid('request.method', 'must be POST: an import creates each resource (or finds it)');
        }
        if (!IMPORTED.includes(type)) {
          throw fail.invalid(`${type}.resourceType`, `is not imported: send ${IMPORTED.join(', ')}`);
        }
        if (e.request.url.split('?')[0]!.replace(/^\//, '') !== type) {
          throw fail.invalid('request.url', `must be ${type}, the resource's type`);
        }
        if (type === 'Patient') {
          const entry = readPatient(index, e.resource, e.fullUrl);
          for (const [n, i] of entry.p.identifiers.entries()) {
            const earlier = byIdentifier.get(`${i.system}|${i.value}`);
            if (earlier !== undefined) {
              throw fail.invalid(entry.p.identifierPaths[n]!, `is also the identifier of ${at(earlier)}`);
            }
            byIdentifier.set(`${i.system}|${i.value}`, index);
          }
          if (e.fullUrl) byFullUrl.set(e.fullUrl, index);
          return entry;
        }
        const item = mapped(() => CHART_TYPES[type as ChartType](e.resource as never));
        const body = item.fields ? checkWith(CreateChartEntry, item.fields, item.pathOf) : null;
        const inBundle = byFullUrl.get(item.patient);
        if (inBundle !== undefined)
          return { index, type: type as ChartType, item, body, patient: { entry: inBundle } };
        const id = referenceId(item.patient, 'Patient');
        if (!id || !(await findPatient(ctx.db, id))) {
          throw fail.invalid(
            item.patientPath,
            `${item.patient} is neither a Patient entry of this Bundle (its fullUrl, listed before) nor a patient here`,
          );
        }
        return { index, type: type as ChartType, item, body, patient: { id } };
      }),
    );
  }
  return entries;
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

const entryKey = (kind: string, name: string, code: string | null) =>
  `${kind}|${chartTextKey(name)}|${code ?? ''}`;

function bodyKey(b: CreateChartEntry): string {
  if (b.kind === 'problem') return entryKey(b.kind, b.name, b.icd10);
  if (b.kind === 'allergy') return entryKey(b.kind, b.substance, null);
  return entryKey(b.kind, b.kind === 'medication' ? b.name : b.description, null);
}

/** The chart entries a patient has, by key (read once per patient, audited; none for a patient just registered). */
type Known = Map<string, string>;

async function knownEntries(ctx: RequestContext, patientId: string, registered: boolean): Promise<Known> {
  if (registered) return new Map();
  await ctx.access(patientId, 'chart.read', 'fhir.import', patientId, 'FHIR import: compared with the chart');
  const rows = await listChartEntries(ctx.db, patientId);
  return new Map(rows.map((r) => [entryKey(r.kind, r.name, r.kind === 'problem' ? r.code : null), r.id]));
}

async function importChartItem(ctx: RequestContext, e: ChartEntry, patientId: string, known: Known) {
  if (!e.body) return { status: '200 OK', outcome: warningOutcome(e.item.skipped ?? 'not recorded', e.type) };
  const key = bodyKey(e.body);
  const existing = known.get(key);
  if (existing) return { status: '200 OK', location: `${e.type}/${existing}` };
  const before = new Set(known.values());
  const chart = await addChartEntry(ctx, patientId, e.body);
  const added = chart.entries?.find((x) => !before.has(x.id) && x.kind === e.body!.kind);
  if (!added) throw new Error('the chart entry just added was not read back');
  known.set(key, added.id);
  return { status: '201 Created', location: `${e.type}/${added.id}` };
}

/** Imports the Bundle (the caller runs it in one unit of work) and answers the transaction-response. */
export async function importTransaction(ctx: RequestContext, bundle: FhirBundle): Promise<FhirBundle> {
  requireTransaction(bundle);
  const entries = await readEntries(ctx, bundle);
  const patientOfEntry = new Map<number, { id: string; registered: boolean }>();
  const known = new Map<string, Known>();
  const responses: EntryResponse[] = [];
  for (const e of entries) {
    responses.push(
      await inEntry(e.index, async (): Promise<EntryResponse> => {
        if (e.type === 'Patient') {
          const { id, response } = await importPatient(ctx, e);
          patientOfEntry.set(e.index, { id, registered: response.status.startsWith('201') });
          return response;
        }
        const target =
          'id' in e.patient ? { id: e.patient.id, registered: false } : patientOfEntry.get(e.patient.entry)!;
        if (!e.body) return importChartItem(ctx, e, target.id, new Map());
        const list = known.get(target.id) ?? (await knownEntries(ctx, target.id, target.registered));
        known.set(target.id, list);
        return importChartItem(ctx, e, target.id, list);
      }),
    );
  }
  return transactionResponseBundle(responses);
}
