/**
 * Read and search over the table of types, through the audited gate: every patient resource read is one audit
 * row (a search: one per resource on the page, and per resource it includes, as REST lists do); someone else's is
 * refused and audited.
 */
import { fail } from '../../errors';
import type { RequestContext } from '../../context';
import type { FhirResource } from '@omt/fhir';
import type { FhirTypeDef, Loaded } from './resource-types';
import { withMeta } from './versioning';
import type { ParsedSearch } from './parse-search';
import { FHIR_ID } from './search-params';
import { auditType, auditReturned, requireRoleMayRead } from './access';
import { resolveIncludes } from './include';
import { compareBy } from './sort';

export async function readResource(ctx: RequestContext, def: FhirTypeDef, id: string): Promise<FhirResource> {
  await requireRoleMayRead(ctx, def);
  if (!FHIR_ID.test(id)) throw fail.notFound(`${def.type}/${id}`);
  const signedOnly = ctx.user.role === 'patient';
  const found = (await def.load(ctx.db, { ids: [id], signedOnly, ctx })).find((l) => l.resource.id === id);
  if (!found) throw fail.notFound(`${def.type}/${id}`);
  await auditReturned(ctx, def, [found]);
  return withMeta(found);
}

export interface SearchPage {
  resources: FhirResource[];
  total: number;
  /** What `_include` and `_revinclude` brought for this page. */
  included: FhirResource[];
}

/** The patients the search may read: a patient login only its own (naming another is refused and audited). */
async function patientScope(ctx: RequestContext, def: FhirTypeDef, named: string[] | null) {
  if (ctx.user.role !== 'patient') return named ?? undefined;
  const own = ctx.user.patientIds;
  const other = named?.find((id) => !own.includes(id));
  if (other !== undefined && def.action) {
    await ctx.access(other, def.action(ctx.user.role), auditType(def), null);
  }
  return named ?? own;
}

export async function searchResources(
  ctx: RequestContext,
  def: FhirTypeDef,
  search: ParsedSearch,
): Promise<SearchPage> {
  await requireRoleMayRead(ctx, def);
  const patientIds = def.action ? await patientScope(ctx, def, search.patientIds) : undefined;
  const loaded = await def.load(ctx.db, {
    ...(search.ids ? { ids: search.ids } : {}),
    ...(patientIds ? { patientIds } : {}),
    signedOnly: ctx.user.role === 'patient',
    ctx,
    search: search.values,
  });
  const byKeys = compareBy(search.sort);
  const matches = loaded
    .map((l): [Loaded, FhirResource] => [l, withMeta(l)])
    .filter(([, r]) => search.predicates.every((p) => p(r)))
    .sort(([, a], [, b]) => byKeys(a, b));
  const page = matches.slice(search.offset, search.offset + search.count);
  await auditReturned(
    ctx,
    def,
    page.map(([l]) => l),
  );
  const included = await resolveIncludes(
    ctx,
    def,
    page.map(([l]) => l),
    search.includes,
  );
  return { resources: page.map(([, r]) => r), total: matches.length, included };
}
