/**
 * The providers at each location, from the scheduling catalogue (held in memory, `scheduling/catalog-cache.ts`):
 * a provider is at a location where they have weekly or one-off hours. Each pair is one PractitionerRole and one
 * Schedule, named by a digest of the pair (two ids would not fit FHIR's 64 characters).
 */
import { createHash } from 'node:crypto';
import type { LocationRow, ProviderHoursRow, ScheduleCatalog, UserRow } from '@omt/db';
import type { RequestContext } from '../../context';
import { scheduleCatalog } from '../scheduling/catalog-cache';

export interface ProviderAtLocation {
  id: string;
  provider: UserRow;
  location: LocationRow;
  hours: ProviderHoursRow[];
}

/** A short stable id for several ids together (a pair; a pair and a visit type). */
export const digestId = (...parts: string[]) =>
  createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 16);

export function pairsOf(catalog: ScheduleCatalog): ProviderAtLocation[] {
  const worksAt = new Set(
    [...catalog.providerHours, ...catalog.extraHours].map((h) => `${h.provider_id} ${h.location_id}`),
  );
  return catalog.providers.flatMap((provider) =>
    catalog.locations
      .filter((location) => worksAt.has(`${provider.id} ${location.id}`))
      .map((location) => ({
        id: digestId(provider.id, location.id),
        provider,
        location,
        hours: catalog.providerHours.filter(
          (h) => h.provider_id === provider.id && h.location_id === location.id,
        ),
      })),
  );
}

/** Every provider-location pair, or those with these ids. */
export async function providersAtLocations(
  ctx: RequestContext,
  ids?: readonly string[],
): Promise<ProviderAtLocation[]> {
  const pairs = pairsOf(await scheduleCatalog(ctx.db, ctx.now()));
  return ids ? pairs.filter((p) => ids.includes(p.id)) : pairs;
}
