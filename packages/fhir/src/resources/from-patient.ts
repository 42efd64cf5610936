import type { ContactPoint, HumanName, Patient, PatientContact } from '@medplum/fhirtypes';
import { LOCAL } from './codes';
import type { FhirPathOf } from './from-fhir';

/** A guardian as the registration takes it (`GuardianInput` in the contracts). */
export interface GuardianFields {
  name: string;
  relationship: 'parent' | 'legal_guardian' | 'other';
  phone: string | null;
  email: string | null;
  portalAccountEmail: null;
}

/** The registration's fields a Patient carries (`RegisterPatient` in the contracts, checked by the server). */
export interface PatientFields {
  givenName: string | undefined;
  familyName: string | undefined;
  birthDate: string | undefined;
  sex: string;
  email: string | null;
  phone: string | null;
  preferredLanguage: string;
  /** From `Patient.contact`; undefined when the resource has none (an update then keeps the recorded ones). */
  guardians: GuardianFields[] | undefined;
}

export interface PatientIdentifierInput {
  system: string;
  value: string;
}

export interface PatientFromFhir {
  fields: PatientFields;
  pathOf: FhirPathOf;
  /** Identifiers another system gave the patient (the clinic's own record id left out). */
  identifiers: PatientIdentifierInput[];
  /** Where each identifier came from, for refusals: `Patient.identifier[2]`. */
  identifierPaths: string[];
  active: boolean | undefined;
}

/** HL7 v3 RoleCode (the R4 definitions): parent, mother, father → parent; guardian → legal guardian. */
const ROLE_CODE = 'http://terminology.hl7.org/CodeSystem/v3-RoleCode';
const PARENT_CODES = new Set(['PRN', 'MTH', 'FTH']);

/** The portal languages; a patient speaking neither gets English mail and pages. */
const PORTAL_LANGUAGES = ['en', 'es'];

const nameIndex = (names: HumanName[]) => {
  const official = names.findIndex((n) => n.use === 'official');
  return official >= 0 ? official : 0;
};

const telecomIndex = (telecom: ContactPoint[] | undefined, system: 'phone' | 'email') =>
  (telecom ?? []).findIndex((t) => t.system === system && t.value?.trim());

function portalLanguage(p: Patient): { code: string; index: number } {
  const spoken = (p.communication ?? [])
    .map((c, index) => ({
      index,
      preferred: c.preferred === true,
      code: (c.language.coding?.find((x) => x.code)?.code ?? '').split('-')[0]!.toLowerCase(),
    }))
    .filter((c) => PORTAL_LANGUAGES.includes(c.code))
    .sort((a, b) => Number(b.preferred) - Number(a.preferred));
  return spoken[0] ?? { code: 'en', index: -1 };
}

function guardianOf(c: PatientContact): GuardianFields {
  const codes = (c.relationship ?? []).flatMap((r) =>
    (r.coding ?? []).filter((x) => x.system === ROLE_CODE).map((x) => x.code),
  );
  const name = c.name?.text?.trim() || [...(c.name?.given ?? []), c.name?.family ?? ''].join(' ').trim();
  const phone = c.telecom?.[telecomIndex(c.telecom, 'phone')]?.value ?? null;
  const email = c.telecom?.[telecomIndex(c.telecom, 'email')]?.value ?? null;
  return {
    name,
    relationship: codes.some((x) => x && PARENT_CODES.has(x))
      ? 'parent'
      : codes.includes('GUARD')
        ? 'legal_guardian'
        : 'other',
    phone,
    email,
    portalAccountEmail: null,
  };
}

/**
 * A US Core Patient as the registration's fields: the official (else first) name, birth date, gender, the first phone
 * and email, the preferred portal language (English or Spanish; English when the patient speaks neither), guardians
 * from `contact`. Elements the record does not keep (addresses, other names) are not read.
 */
export function fromFhirPatient(p: Patient): PatientFromFhir {
  const names = p.name ?? [];
  const n = nameIndex(names);
  const name = names[n];
  const phone = telecomIndex(p.telecom, 'phone');
  const email = telecomIndex(p.telecom, 'email');
  const language = portalLanguage(p);
  const ids = (p.identifier ?? [])
    .map((i, index) => ({ system: i.system?.trim(), value: i.value?.trim(), index }))
    .filter((i): i is { system: string; value: string; index: number } => !!i.system && !!i.value)
    .filter((i) => i.system !== LOCAL.patientId);
  const given = name?.given?.join(' ').trim();
  const fields: PatientFields = {
    givenName: given || undefined,
    familyName: name?.family?.trim() || undefined,
    birthDate: p.birthDate,
    sex: p.gender ?? 'unknown',
    email: email >= 0 ? p.telecom![email]!.value! : null,
    phone: phone >= 0 ? p.telecom![phone]!.value! : null,
    preferredLanguage: language.code,
    guardians: p.contact ? p.contact.map(guardianOf) : undefined,
  };
  const nameAt = name ? `Patient.name[${n}]` : 'Patient.name';
  const guardianPath = (rest: string[]) => {
    const [i, part] = rest;
    if (i === undefined) return 'Patient.contact';
    const at = `Patient.contact[${i}]`;
    if (part === 'name') return `${at}.name`;
    if (part === 'phone' || part === 'email') return `${at}.telecom`;
    if (part === 'relationship') return `${at}.relationship`;
    return at;
  };
  const pathOf: FhirPathOf = (field) => {
    const [head = '', ...rest] = field.split('.');
    switch (head) {
      case 'givenName':
        return name ? `${nameAt}.given` : nameAt;
      case 'familyName':
        return name ? `${nameAt}.family` : nameAt;
      case 'birthDate':
        return 'Patient.birthDate';
      case 'sex':
        return 'Patient.gender';
      case 'email':
        return email >= 0 ? `Patient.telecom[${email}].value` : 'Patient.telecom';
      case 'phone':
        return phone >= 0 ? `Patient.telecom[${phone}].value` : 'Patient.telecom';
      case 'preferredLanguage':
        return language.index >= 0
          ? `Patient.communication[${language.index}].language`
          : 'Patient.communication';
      case 'guardians':
        return guardianPath(rest);
      default:
        return 'Patient';
    }
  };
  return {
    fields,
    pathOf,
    identifiers: ids.map(({ system, value }) => ({ system, value })),
    identifierPaths: ids.map((i) => `Patient.identifier[${i.index}]`),
    active: p.active,
  };
}
