import type { Bundle, Resource } from '@medplum/fhirtypes';

/** A search result page: the matches, the total, and the self and next links. */
export function searchsetBundle(
  base: string,
  resources: Resource[],
  total: number,
  links: { self: string; next?: string | null },
): Bundle {
  return {
    resourceType: 'Bundle',
    type: 'searchset',
    total,
    link: [
      { relation: 'self', url: links.self },
      ...(links.next ? [{ relation: 'next', url: links.next }] : []),
    ],
    entry: resources.map((resource) => ({
      fullUrl: `${base}/${resource.resourceType}/${resource.id ?? ''}`,
      resource,
      search: { mode: 'match' as const },
    })),
  };
}
