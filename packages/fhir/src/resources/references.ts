import type { ExtractResource, Reference, ResourceType } from '@medplum/fhirtypes';

/** A literal reference `Type/id`, typed by its target. */
export const ref = <K extends ResourceType>(
  type: K,
  id: string,
  display?: string,
): Reference<ExtractResource<K>> => ({
  reference: `${type}/${id}`,
  ...(display ? { display } : {}),
});
