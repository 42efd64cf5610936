/**
 * The search parameters the FHIR API understands, as data: the router matches with them and the
 * CapabilityStatement lists them, so the two cannot drift. A parameter matches on the FHIR resource itself.
 */
import type { FhirResource } from '@omt/fhir';
import { fail } from '../../errors';
import { DATE_PREFIXES, dateMatches, dateRange, splitPrefix, type DatePrefix } from './date-range';

export interface TokenValue {
  system?: string;
  code: string;
}

interface Base {
  name: string;
  documentation: string;
  /** Its values name patients: the search is narrowed to them (and refused for someone else's). */
  narrowsPatient?: boolean;
}

export type SearchParamDef<R extends FhirResource = FhirResource> = Base &
  (
    | { type: 'token'; values: (r: R) => TokenValue[] }
    | { type: 'date'; values: (r: R) => (string | undefined)[] }
    | { type: 'string'; values: (r: R) => (string | undefined)[] }
    | {
        type: 'reference';
        /** The type(s) it points to; `ANY_TYPE`: any (a value then names its type, `Type/id`). */
        target: string | readonly string[];
        /** `_include=<this type>:<name>` brings the resources it points to. */
        include?: boolean;
        /** `_revinclude=<this type>:<name>` brings, to a search of its target, the resources pointing there. */
        revinclude?: boolean;
        values: (r: R) => (string | undefined)[];
      }
  );

export type ReferenceParamDef = Extract<SearchParamDef, { type: 'reference' }>;

/** A reference parameter's target meaning any resource type. */
export const ANY_TYPE = 'Resource';

/** The types a reference parameter points to. */
export const targetsOf = (def: ReferenceParamDef): readonly string[] =>
  typeof def.target === 'string' ? [def.target] : def.target;

export type Predicate = (r: FhirResource) => boolean;

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

/** FHIR's id: letters, digits, '-' and '.', up to 64 (anything else never reaches the database). */
export const FHIR_ID = /^[A-Za-z0-9\-.]{1,64}$/;

function tokenPredicate(def: SearchParamDef, value: string): (v: TokenValue) => boolean {
  const bar = value.indexOf('|');
  if (bar < 0) return (v) => v.code === value;
  const system = value.slice(0, bar);
  const code = value.slice(bar + 1);
  if (!system && !code) throw fail.invalid(def.name, 'give a code, system|code or system|');
  return (v) => (system ? v.system === system : v.system === undefined) && (!code || v.code === code);
}

function datePredicate(def: SearchParamDef, value: string): (v: string) => boolean {
  const { prefix, date } = splitPrefix(value);
  if (!(DATE_PREFIXES as readonly string[]).includes(prefix)) {
    throw fail.invalid(def.name, `prefix '${prefix}' is not supported (use eq, lt, le, gt or ge)`);
  }
  const search = dateRange(date);
  if (!search)
    throw fail.invalid(def.name, `'${date}' is not a FHIR date (YYYY, YYYY-MM, YYYY-MM-DD or a dateTime)`);
  return (v) => {
    const target = dateRange(v);
    return target !== null && dateMatches(prefix as DatePrefix, search, target);
  };
}

function referencePredicate(def: ReferenceParamDef, value: string): (v: string) => boolean {
  const targets = targetsOf(def);
  const any = targets.includes(ANY_TYPE);
  const slash = value.indexOf('/');
  const id = slash < 0 ? value : value.slice(slash + 1);
  const type = slash < 0 ? null : value.slice(0, slash);
  const typeOk = type === null ? !any : any ? /^[A-Z][A-Za-z]{1,63}$/.test(type) : targets.includes(type);
  if (!typeOk || !FHIR_ID.test(id)) {
    throw fail.invalid(
      def.name,
      any ? 'give Type/id' : `give ${targets.map((t) => `${t}/id`).join(', ')} or an id`,
    );
  }
  const wanted = type === null ? targets.map((t) => `${t}/${id}`) : [`${type}/${id}`];
  return (v) => wanted.includes(v);
}

/** One occurrence of a parameter (its values comma-separated: any may match) as a test on a resource. */
export function compileParam(def: SearchParamDef, raw: string): Predicate {
  const values = raw.split(',');
  if (values.some((v) => v === '')) throw fail.invalid(def.name, 'a value is empty');
  switch (def.type) {
    case 'token': {
      const tests = values.map((v) => tokenPredicate(def, v));
      return (r) => def.values(r).some((v) => tests.some((t) => t(v)));
    }
    case 'date': {
      const tests = values.map((v) => datePredicate(def, v));
      return (r) => def.values(r).some((v) => v !== undefined && tests.some((t) => t(v)));
    }
    case 'string': {
      const prefixes = values.map(fold);
      return (r) => def.values(r).some((v) => v !== undefined && prefixes.some((p) => fold(v).startsWith(p)));
    }
    case 'reference': {
      const tests = values.map((v) => referencePredicate(def, v));
      return (r) => def.values(r).some((v) => v !== undefined && tests.some((t) => t(v)));
    }
  }
}

/** The patient ids a narrowing parameter's value names (`x` or `Patient/x`). */
export function namedPatientIds(raw: string): string[] {
  return raw.split(',').map((v) => (v.startsWith('Patient/') ? v.slice('Patient/'.length) : v));
}

/** `_id` and `_lastUpdated`, on every type. */
export const COMMON_PARAMS: SearchParamDef[] = [
  {
    name: '_id',
    type: 'token',
    documentation: 'The resource id (comma-separated ids: any of them).',
    values: (r) => (r.id ? [{ code: r.id }] : []),
  },
  {
    name: '_lastUpdated',
    type: 'date',
    documentation: 'When the resource last changed, with a prefix eq, lt, le, gt or ge.',
    values: (r) => [r.meta?.lastUpdated],
  },
];

/** Parameters about paging and format, accepted on every search. */
export const CONTROL_PARAMS = ['_count', '_offset', '_format', '_sort', '_include', '_revinclude'] as const;
