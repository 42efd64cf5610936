/** A resource as the FHIR API serves it, read after a write (the write's own audit row covers it). */
import type { FhirResource } from '@omt/fhir';
import type { RequestContext } from '../../../context';
import { fail } from '../../../errors';
import { fhirType } from '../resource-types';
import { withMeta } from '../versioning';

export async function storedResource(
  ctx: RequestContext,
  type: FhirResource['resourceType'],
  id: string,
): Promise<FhirResource> {
  // Who asks goes with the filter (readers that depend on the caller use it).
  const filter = { ids: [id], ctx };
  const found = (await fhirType(type)?.load(ctx.db, filter))?.find((l) => l.resource.id === id);
  if (!found) throw fail.notFound(`${type}/${id}`);
  return withMeta(found);
}
