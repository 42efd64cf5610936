import type { FhirResource } from '@omt/fhir';
import type { RequestContext } from '../../context';
import type { FhirTypeDef } from './type-def';
import { withMeta } from './versioning';

/**
 * One type's resources for these patients (all of it for a type without patient data) changed at or after
 * `sinceMs` (a resource recording no change is kept), each patient resource audited as a read: what a Bulk export
 * and `$everything` write out.
 */
export async function readChangedSince(
  ctx: RequestContext,
  def: FhirTypeDef,
  patientIds: string[] | null,
  sinceMs: number | null,
  detail?: string,
): Promise<FhirResource[]> {
  const loaded = await def.load(ctx.db, {
    ctx,
    ...(patientIds ? { patientIds } : {}),
    signedOnly: ctx.user.role === 'patient',
  });
  const kept = loaded.filter(
    (l) => sinceMs === null || !l.lastUpdated || Date.parse(l.lastUpdated) >= sinceMs,
  );
  if (def.action && kept.length) {
    await ctx.accessEach(
      kept.map((l) => ({ patientId: l.patientId!, resourceId: l.resource.id ?? null })),
      def.action(ctx.user.role),
      `fhir.${def.type}`,
      detail,
    );
  }
  return kept.map(withMeta);
}
