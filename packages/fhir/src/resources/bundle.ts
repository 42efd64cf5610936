import type { Bundle, Resource } from '@medplum/fhirtypes';

/**
 * A search result page: the matches, the total, the self and next links, then the resources `_include` and
 * `_revinclude` brought along (`search.mode = include`; they do not count in the total).
 */
export function searchsetBundle(
  base: string,
  resources: Resource[],
  total: number,
  links: { self: string; next?: string | null },
  included: Resource[] = [],
): Bundle {
  const entry = (mode: 'match' | 'include') => (resource: Resource) => ({
    fullUrl: `${base}/${resource.resourceType}/${resource.id ?? ''}`,
    resource,
    search: { mode },
  });
  return {
    resourceType: 'Bundle',
    type: 'searchset',
    total,
    link: [
      { relation: 'self', url: links.self },
      ...(links.next ? [{ relation: 'next', url: links.next }] : []),
    ],
    entry: [...resources.map(entry('match')), ...included.map(entry('include'))],
  };
}
