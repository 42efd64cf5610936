/**
 * Reading a transaction Bundle's entries before anything is written: each one mapped from FHIR and checked with the
 * REST contract of what it becomes (a registration, a chart entry, a result from another system), its patient
 * found in the Bundle or here. A bad entry is a 400 naming it and its element (`Bundle.entry[2].resource.code`).
 */
import { findPatient } from '@omt/db';
import { CreateChartEntry, ImportedObservation, RegisterPatient } from '@omt/contracts';
import {
  fromFhirAllergyIntolerance,
  fromFhirCondition,
  fromFhirMedicationStatement,
  fromFhirObservation,
  fromFhirPatient,
  referenceId,
  type FhirBundle,
  type FhirPathOf,
  type PatientFromFhir,
} from '@omt/fhir';
import type { z } from 'zod';
import type { RequestContext } from '../../../context';
import { DomainError, fail } from '../../../errors';
import { checkWith, mapped } from './fhir-input';

/** What a clinical resource's mapping gives: its patient as sent, the fields kept (null: none, `skipped` says why). */
interface ClinicalItem<F> {
  patient: string;
  patientPath: string;
  fields: F | null;
  skipped: string | null;
  pathOf: FhirPathOf;
}

/** Per clinical type: its mapping and the contract its fields must meet. */
const CLINICAL = {
  Condition: { map: fromFhirCondition, contract: CreateChartEntry },
  AllergyIntolerance: { map: fromFhirAllergyIntolerance, contract: CreateChartEntry },
  MedicationStatement: { map: fromFhirMedicationStatement, contract: CreateChartEntry },
  Observation: { map: fromFhirObservation, contract: ImportedObservation },
} as const;
type ClinicalType = keyof typeof CLINICAL;
export type ChartType = Exclude<ClinicalType, 'Observation'>;
const IMPORTED = ['Patient', ...Object.keys(CLINICAL)];

/** The Patient entry an entry references, or the id of a patient already here. */
export type PatientRef = { entry: number } | { id: string };

export type PatientEntry = { index: number; type: 'Patient'; p: PatientFromFhir };
interface Clinical<T extends ClinicalType, B> {
  index: number;
  type: T;
  item: ClinicalItem<unknown>;
  /** The checked fields; null when nothing is kept of it. */
  body: B | null;
  patient: PatientRef;
}
export type ChartEntry = Clinical<ChartType, CreateChartEntry>;
export type ResultEntry = Clinical<'Observation', ImportedObservation>;
export type Entry = PatientEntry | ChartEntry | ResultEntry;

export const at = (i: number) => `Bundle.entry[${i}]`;

/** `Patient.name[0]` → `Bundle.entry[3].resource.name[0]`; a field of the entry itself keeps its name. */
function entryPath(i: number, field: string | undefined): string {
  if (!field) return at(i);
  const head = /^[A-Z][A-Za-z]+/.exec(field)?.[0];
  return head ? `${at(i)}.resource${field.slice(head.length)}` : `${at(i)}.${field}`;
}

/** Runs one entry's work, a refusal naming the entry and its element. */
export async function inEntry<R>(i: number, run: () => R | Promise<R>): Promise<R> {
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

function readPatient(index: number, resource: unknown): PatientEntry {
  const p = mapped(() => fromFhirPatient(resource as never));
  if (!p.identifiers.length) {
    throw fail.invalid(
      'Patient.identifier',
      'an imported patient needs an identifier with system and value, by which a second import finds them',
    );
  }
  checkWith(RegisterPatient, { ...p.fields, guardians: p.fields.guardians ?? [] }, p.pathOf);
  return { index, type: 'Patient', p };
}

/** The entry's patient: a Patient entry listed before it (by fullUrl), else a patient here. */
async function patientOf(
  ctx: RequestContext,
  item: ClinicalItem<unknown>,
  byFullUrl: ReadonlyMap<string, number>,
): Promise<PatientRef> {
  const inBundle = byFullUrl.get(item.patient);
  if (inBundle !== undefined) return { entry: inBundle };
  const id = referenceId(item.patient, 'Patient');
  if (!id || !(await findPatient(ctx.db, id))) {
    throw fail.invalid(
      item.patientPath,
      `${item.patient} is neither a Patient entry of this Bundle (its fullUrl, listed before) nor a patient here`,
    );
  }
  return { id };
}

async function readClinical(
  ctx: RequestContext,
  index: number,
  type: ClinicalType,
  resource: unknown,
  byFullUrl: ReadonlyMap<string, number>,
): Promise<ChartEntry | ResultEntry> {
  const { map, contract } = CLINICAL[type] as {
    map: (r: never) => ClinicalItem<unknown>;
    contract: z.ZodType;
  };
  const item = mapped(() => map(resource as never));
  const body: unknown = item.fields ? checkWith(contract, item.fields, item.pathOf) : null;
  const patient = await patientOf(ctx, item, byFullUrl);
  return { index, type, item, body, patient } as ChartEntry | ResultEntry;
}

/** Reads and checks every entry before anything is written: a bad one is a 400 naming it. */
export async function readEntries(ctx: RequestContext, bundle: FhirBundle): Promise<Entry[]> {
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
        if (type !== 'Patient') {
          return readClinical(ctx, index, type as ClinicalType, e.resource, byFullUrl);
        }
        const entry = readPatient(index, e.resource);
        for (const [n, i] of entry.p.identifiers.entries()) {
          const earlier = byIdentifier.get(`${i.system}|${i.value}`);
          if (earlier !== undefined) {
            throw fail.invalid(entry.p.identifierPaths[n]!, `is also the identifier of ${at(earlier)}`);
          }
          byIdentifier.set(`${i.system}|${i.value}`, index);
        }
        if (e.fullUrl) byFullUrl.set(e.fullUrl, index);
        return entry;
      }),
    );
  }
  return entries;
}
