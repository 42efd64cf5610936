/**
 * `POST /fhir/R4/Patient` and `PUT /fhir/R4/Patient/{id}`: the desk's registration and its edit (`patients/
 * registration.ts`: the same roles, rules, duplicate check and audit). An update replaces what the FHIR Patient shows
 * (name, birth date, gender, phone, email, language; guardians when `contact` is sent) and keeps the rest of the
 * registration (address, emergency contact, insurance). Identifiers another system gave the patient are recorded.
 */
import {
  findPatient,
  findPatientIdentifiers,
  insertPatientIdentifiers,
  isUniqueViolation,
  type PatientIdentifier,
} from '@omt/db';
import { RegisterPatient, UpdatePatient } from '@omt/contracts';
import { fromFhirPatient, type FhirPatient, type FhirResource, type PatientFromFhir } from '@omt/fhir';
import type { RequestContext } from '../../../context';
import { DomainError, fail } from '../../../errors';
import { parseDetails } from '../../patients/presenter';
import { registerPatient, updatePatient } from '../../patients/registration';
import { matchesIfNoneMatch } from '../versioning';
import { checkWith, inFhirTerms, mapped } from './fhir-input';
import { storedResource } from './stored';

/** The desk's duplicate check in FHIR terms: a FHIR client has no place for the desk's reason. */
function duplicateInFhirTerms(error: unknown): never {
  if (error instanceof DomainError && error.code === 'possible_duplicate') {
    const matches = (error.details as { matches?: { id: string }[] } | undefined)?.matches ?? [];
    throw new DomainError(
      409,
      'possible_duplicate',
      `Patient: may be the same person as ${matches.map((m) => `Patient/${m.id}`).join(', ')} (same name and birth ` +
        'date, email or phone); check them, and register someone else of that name at the front desk with the reason',
      'Patient',
      error.details,
    );
  }
  throw error;
}

/** Records the identifiers a patient does not have yet; one recorded for another patient is a 409 naming it. */
export async function recordIdentifiers(
  ctx: RequestContext,
  patientId: string,
  p: Pick<PatientFromFhir, 'identifiers' | 'identifierPaths'>,
): Promise<void> {
  const stored = await findPatientIdentifiers(ctx.db, p.identifiers);
  const key = (i: PatientIdentifier) => `${i.system}|${i.value}`;
  const owner = new Map(stored.map((s) => [key(s), s.patient_id]));
  const fresh: PatientIdentifier[] = [];
  for (const [i, identifier] of p.identifiers.entries()) {
    const other = owner.get(key(identifier));
    if (other === undefined) {
      if (!fresh.some((f) => key(f) === key(identifier))) fresh.push(identifier);
    } else if (other !== patientId) {
      const path = p.identifierPaths[i]!;
      throw fail.conflict('identifier_in_use', `${path}: ${key(identifier)} is Patient/${other}'s`, path);
    }
  }
  try {
    await insertPatientIdentifiers(ctx.db, patientId, fresh, ctx.now());
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    throw fail.conflict(
      'identifier_in_use',
      'Patient.identifier: another patient was just given it',
      'Patient.identifier',
    );
  }
}

/** Registers a patient from a FHIR Patient; returns the new id. */
export async function registerFromFhir(ctx: RequestContext, p: PatientFromFhir): Promise<string> {
  const body = checkWith(RegisterPatient, { ...p.fields, guardians: p.fields.guardians ?? [] }, p.pathOf);
  const created = await inFhirTerms(() => registerPatient(ctx, body), p.pathOf).catch(duplicateInFhirTerms);
  await recordIdentifiers(ctx, created.id, p);
  return created.id;
}

export async function createFhirPatient(ctx: RequestContext, resource: FhirPatient): Promise<FhirResource> {
  const p = mapped(() => fromFhirPatient(resource));
  return storedResource(ctx, 'Patient', await registerFromFhir(ctx, p));
}

const preconditionFailed = () =>
  new DomainError(
    412,
    'precondition_failed',
    'If-Match: the patient was changed since that version; read it again and send the new ETag',
    'If-Match',
  );

/** Updates the registration at the version the client read (`If-Match` with its ETag: 412 when it moved since). */
export async function updateFhirPatient(
  ctx: RequestContext,
  id: string,
  resource: FhirPatient,
  ifMatch: string | undefined,
): Promise<FhirResource> {
  if (resource.id !== id) {
    throw fail.invalid('Patient.id', `must be the id in the URL (${id})`);
  }
  const p = mapped(() => fromFhirPatient(resource));
  // The row first, then the resource: a change between them makes the update at the row's version fail (412).
  const row = await findPatient(ctx.db, id);
  if (!row) throw fail.notFound(`Patient/${id}`);
  await ctx.access(id, 'demographics.read', 'fhir.Patient', id, 'FHIR update: the version to change');
  if (ifMatch && !matchesIfNoneMatch(ifMatch, await storedResource(ctx, 'Patient', id))) {
    throw preconditionFailed();
  }
  if (p.active !== undefined && p.active !== (row.active === 1)) {
    throw fail.invalid(
      'Patient.active',
      'cannot be changed here: the front desk deactivates a patient with the reason',
    );
  }
  const kept = parseDetails(row.details_json);
  const body = checkWith(
    UpdatePatient,
    {
      ...p.fields,
      address: kept.address,
      emergencyContact: kept.emergencyContact,
      insurance: kept.insurance,
      guardians:
        p.fields.guardians ??
        kept.guardians.map(({ portalAccount, ...g }) => ({
          ...g,
          portalAccountEmail: portalAccount?.email ?? null,
        })),
      version: row.version,
    },
    p.pathOf,
  );
  try {
    await inFhirTerms(() => updatePatient(ctx, id, body), p.pathOf);
  } catch (error) {
    if (error instanceof DomainError && error.code === 'stale_patient') throw preconditionFailed();
    throw error;
  }
  await recordIdentifiers(ctx, id, p);
  return storedResource(ctx, 'Patient', id);
}
