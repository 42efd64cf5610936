/**
 * `_sort` (https://hl7.org/fhir/R4/search.html#sort): comma-separated keys, `-` for descending. A type sorts by
 * `_id` and its date and string parameters; a resource without a value sorts last, ties by id (stable pages).
 */
import type { FhirResource } from '@omt/fhir';
import { fail } from '../../errors';
import { dateRange } from './date-range';
import type { SearchParamDef, TokenValue } from './search-params';

export interface SortKey {
  param: SearchParamDef;
  descending: boolean;
}

/** The parameters a type may be sorted by. */
export const sortableParams = (params: readonly SearchParamDef[]) =>
  params.filter((p) => p.name === '_id' || p.type === 'date' || p.type === 'string');

export function parseSort(params: readonly SearchParamDef[], raw: string, lenient: boolean): SortKey[] {
  const sortable = sortableParams(params);
  return raw.split(',').flatMap((key) => {
    const descending = key.startsWith('-');
    const name = descending ? key.slice(1) : key;
    if (!name) throw fail.invalid('_sort', 'a sort key is empty');
    const param = sortable.find((p) => p.name === name);
    if (param) return [{ param, descending }];
    if (lenient) return [];
    throw fail.invalid(
      '_sort',
      `'${name}' is not a sort key here (use ${sortable.map((p) => p.name).join(', ')}; - before a key sorts descending)`,
    );
  });
}

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

/** What a resource sorts by on one key: numbers for dates, folded text otherwise; ascending takes the lowest. */
function sortValues(p: SearchParamDef, r: FhirResource): (number | string)[] {
  const raw = p.values(r) as (string | TokenValue | undefined)[];
  return raw.flatMap((v): (number | string)[] => {
    if (v === undefined) return [];
    if (typeof v !== 'string') return [v.code];
    if (p.type === 'date') {
      const range = dateRange(v);
      return range ? [range.start] : [];
    }
    return [fold(v)];
  });
}

const order = (a: number | string, b: number | string) => (a < b ? -1 : a > b ? 1 : 0);

/** A comparator for the keys, ties broken by id. */
export function compareBy(keys: readonly SortKey[]): (a: FhirResource, b: FhirResource) => number {
  return (a, b) => {
    for (const { param, descending } of keys) {
      const pick = (r: FhirResource) => {
        const values = sortValues(param, r).sort(order);
        return descending ? values.at(-1) : values[0];
      };
      const x = pick(a);
      const y = pick(b);
      if (x === undefined || y === undefined) {
        if (x !== y) return x === undefined ? 1 : -1;
        continue;
      }
      const c = order(x, y);
      if (c) return descending ? -c : c;
    }
    return order(a.id ?? '', b.id ?? '');
  };
}
