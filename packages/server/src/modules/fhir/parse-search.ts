import { fail } from '../../errors';
import type { FhirTypeDef } from './resource-types';
import { paramsOf } from './resource-types';
import { CONTROL_PARAMS, FHIR_ID, compileParam, namedPatientIds, type Predicate } from './search-params';
import { parseInclude, type IncludeSpec } from './include';
import { parseSort, type SortKey } from './sort';
import type { SearchValues } from './type-def';

export const DEFAULT_COUNT = 20;
export const MAX_COUNT = 100;

export interface ParsedSearch {
  /** Every parameter occurrence as a test; a resource matches when all pass. */
  predicates: Predicate[];
  /** The ids `_id` names (read narrower in SQL), null when not given. */
  ids: string[] | null;
  /** The patients the search names, null when it names none. */
  patientIds: string[] | null;
  /** The parameters' raw values by name, for a reader that narrows by them. */
  values: SearchValues;
  /** `_sort`'s keys, in order (none: by id). */
  sort: SortKey[];
  /** `_include` and `_revinclude`, in order. */
  includes: IncludeSpec[];
  count: number;
  offset: number;
  /** The parameters applied, in order: the self and next links repeat them. */
  applied: [string, string][];
}

function integer(name: string, raw: string, min: number, max: number): number {
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw fail.invalid(name, `must be a whole number from ${min} to ${max}`);
  }
  return Number(raw);
}

/**
 * Reads a search's query: an unknown parameter (or modifier) is a 400 naming it, unless the client asked
 * `Prefer: handling=lenient`, which ignores it; a bad value is a 400 either way.
 */
export function parseSearch(def: FhirTypeDef, query: URLSearchParams, lenient: boolean): ParsedSearch {
  const params = paramsOf(def);
  const values = new Map<string, string[]>();
  const out: ParsedSearch = {
    predicates: [],
    values,
    sort: [],
    includes: [],
    ids: null,
    patientIds: null,
    count: DEFAULT_COUNT,
    offset: 0,
    applied: [],
  };
  for (const [name, raw] of query) {
    if (name === '_count') out.count = integer('_count', raw, 0, MAX_COUNT);
    else if (name === '_offset') out.offset = integer('_offset', raw, 0, Number.MAX_SAFE_INTEGER);
    else if (name === '_sort') {
      const keys = parseSort(params, raw, lenient);
      if (!keys.length) continue;
      out.sort.push(...keys);
      const given = keys.map((k) => `${k.descending ? '-' : ''}${k.param.name}`).join(',');
      out.applied.push([name, given]);
      continue;
    } else if (name === '_include' || name === '_revinclude') {
      const spec = parseInclude(def, name, raw, lenient);
      if (!spec) continue;
      out.includes.push(spec);
    } else if ((CONTROL_PARAMS as readonly string[]).includes(name)) continue;
    else {
      const param = params.find((p) => p.name === name);
      if (!param) {
        if (lenient) continue;
        throw fail.invalid(name, `is not a search parameter of ${def.type} here (see /fhir/R4/metadata)`);
      }
      out.predicates.push(compileParam(param, raw));
      values.set(name, [...(values.get(name) ?? []), raw]);
      if (name === '_id') {
        if (!raw.split(',').every((id) => FHIR_ID.test(id))) {
          throw fail.invalid('_id', "an id has letters, digits, '-' and '.' only, up to 64");
        }
        out.ids = [...(out.ids ?? []), ...raw.split(',')];
      }
      if (param.narrowsPatient || (def.type === 'Patient' && name === '_id')) {
        out.patientIds = [...(out.patientIds ?? []), ...namedPatientIds(raw)];
      }
      out.applied.push([name, raw]);
      continue;
    }
    if (name !== '_offset') out.applied.push([name, raw]);
  }
  return out;
}

/** The link to a page of this search. */
export function searchUrl(base: string, type: string, search: ParsedSearch, offset: number): string {
  const q = new URLSearchParams(search.applied);
  if (offset) q.set('_offset', String(offset));
  return `${base}/${type}?${q.toString()}`;
}
