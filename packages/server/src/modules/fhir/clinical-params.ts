/**
 * Small builders the clinical types' definitions share (`*-type.ts`): the patient a resource is about as a
 * narrowing reference parameter, token and date parameters read off the resource, and the latest of some instants.
 */
import type { FhirCodeableConcept, FhirResource } from '@omt/fhir';
import { mayAccessPatient, type PatientAction } from '../../auth/policy';
import type { SearchParamDef, TokenValue } from './search-params';
import type { LoadFilter } from './type-def';

/** The patient the resource is about: narrows the search to them in SQL (and refuses someone else's). */
export function patientParam<R extends FhirResource>(
  name: string,
  reference: (r: R) => string | undefined,
): SearchParamDef {
  return {
    name,
    type: 'reference',
    target: 'Patient',
    narrowsPatient: true,
    documentation: 'The patient (an id or Patient/id).',
    values: (r: R) => [reference(r)],
  } as SearchParamDef;
}

export function tokenParam<R extends FhirResource>(
  name: string,
  documentation: string,
  values: (r: R) => TokenValue[],
): SearchParamDef {
  return { name, type: 'token', documentation, values } as SearchParamDef;
}

export function dateParam<R extends FhirResource>(
  name: string,
  what: string,
  values: (r: R) => (string | undefined)[],
): SearchParamDef {
  return {
    name,
    type: 'date',
    documentation: `${what}, with a prefix eq, lt, le, gt or ge.`,
    values,
  } as SearchParamDef;
}

/** A token per coding of a CodeableConcept. */
export const codesOf = (c: FhirCodeableConcept | undefined): TokenValue[] =>
  (c?.coding ?? []).flatMap((x) =>
    x.code ? [{ ...(x.system ? { system: x.system } : {}), code: x.code }] : [],
  );

/** A code alone as a token (a status). */
export const codeOf = (code: string | undefined): TokenValue[] => (code ? [{ code }] : []);

export const latest = (...instants: (string | null | undefined)[]) =>
  instants
    .filter((x): x is string => !!x)
    .sort()
    .at(-1);

/**
 * Whether the caller's role may take this action at all: where one type mixes records of two policies (a note's
 * PDF among documents, a technique's consent among consents), rows of the other policy are left out for a role
 * without it, as a patient's search leaves out unsigned notes.
 */
export const roleMay = (f: LoadFilter, action: PatientAction) =>
  // The role's policy alone: whose records a patient login reads is checked per row by the service.
  mayAccessPatient(f.ctx.user.role, action, '', ['']);
