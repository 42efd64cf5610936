/**
 * `_include` and `_revinclude` (https://hl7.org/fhir/R4/search.html#include): the resources a page's matches point
 * to, or that point to them, along the reference parameters the table marks `include` / `revinclude`. Each included
 * resource is read as by a read: the role check of its type, a patient login's own records only, one audit row per
 * patient resource. They go in the Bundle with `search.mode = include`.
 */
import type { FhirResource } from '@omt/fhir';
import { fail } from '../../errors';
import type { RequestContext } from '../../context';
import { auditReturned, ownScope, requireRoleMayRead } from './access';
import { FHIR_TYPES, fhirType } from './resource-types';
import { targetsOf, type ReferenceParamDef } from './search-params';
import type { FhirTypeDef, Loaded } from './type-def';
import { withMeta } from './versioning';

export type IncludeKind = '_include' | '_revinclude';

export interface IncludeSpec {
  kind: IncludeKind;
  /** The type holding the reference: the searched type for `_include`, the referring one for `_revinclude`. */
  source: FhirTypeDef;
  param: ReferenceParamDef;
  /** The target type the value named (`Appointment:actor:Location`), else any of the parameter's. */
  targetType: string | null;
}

const referenceParams = (def: FhirTypeDef, flag: 'include' | 'revinclude') =>
  def.params.filter((p): p is ReferenceParamDef => p.type === 'reference' && p[flag] === true);

/** `_include` values a search of this type accepts (`Type:param`). */
export const includesOf = (def: FhirTypeDef) =>
  referenceParams(def, 'include').map((p) => `${def.type}:${p.name}`);

/** `_revinclude` values a search of this type accepts: the parameters of any type that point to it. */
export const revIncludesOf = (def: FhirTypeDef) =>
  FHIR_TYPES.flatMap((source) =>
    referenceParams(source, 'revinclude')
      .filter((p) => targetsOf(p).includes(def.type))
      .map((p) => `${source.type}:${p.name}`),
  );

/**
 * Reads one `_include` / `_revinclude` value. A malformed one is a 400; one this type does not support is a 400
 * naming what it does, or ignored (null) when the client asked `Prefer: handling=lenient`.
 */
export function parseInclude(
  def: FhirTypeDef,
  kind: IncludeKind,
  raw: string,
  lenient: boolean,
): IncludeSpec | null {
  const parts = raw.split(':');
  if (parts.length < 2 || parts.length > 3 || parts.some((p) => !p)) {
    throw fail.invalid(kind, 'give Type:parameter or Type:parameter:TargetType');
  }
  const [typeName, paramName, targetType = null] = parts as [string, string, string?];
  const source = kind === '_include' ? (typeName === def.type ? def : undefined) : fhirType(typeName);
  const param = source
    ? referenceParams(source, kind === '_include' ? 'include' : 'revinclude').find(
        (p) => p.name === paramName,
      )
    : undefined;
  const fits =
    param &&
    (kind === '_include' || targetsOf(param).includes(def.type)) &&
    (targetType === null || targetsOf(param).includes(targetType)) &&
    (kind === '_include' || targetType === null || targetType === def.type);
  if (source && param && fits) return { kind, source, param, targetType };
  if (lenient) return null;
  const supported = kind === '_include' ? includesOf(def) : revIncludesOf(def);
  throw fail.invalid(
    kind,
    `${raw} is not supported on ${def.type} (${supported.length ? `use ${supported.join(', ')}` : 'none is'})`,
  );
}

const split = (reference: string) => {
  const slash = reference.indexOf('/');
  return { type: reference.slice(0, slash), id: reference.slice(slash + 1) };
};

const readAs = (ctx: RequestContext) => ({
  ctx,
  search: new Map<string, string[]>(),
  signedOnly: ctx.user.role === 'patient',
});

/** The resources the page's references point to, per target type. */
async function forward(ctx: RequestContext, spec: IncludeSpec, page: readonly Loaded[]) {
  const wanted = new Map<string, Set<string>>();
  for (const l of page) {
    for (const reference of spec.param.values(l.resource)) {
      if (!reference?.includes('/')) continue;
      const { type, id } = split(reference);
      if (!targetsOf(spec.param).includes(type) || (spec.targetType && type !== spec.targetType)) continue;
      wanted.set(type, (wanted.get(type) ?? new Set()).add(id));
    }
  }
  const found: [FhirTypeDef, Loaded[]][] = [];
  for (const [type, idSet] of wanted) {
    const target = fhirType(type);
    if (!target) continue;
    await requireRoleMayRead(ctx, target);
    const ids = [...idSet];
    const scope = target.action ? ownScope(ctx) : undefined;
    const loaded = await target.load(ctx.db, {
      ...readAs(ctx),
      ids,
      ...(scope ? { patientIds: scope } : {}),
    });
    found.push([target, loaded.filter((l) => idSet.has(l.resource.id ?? ''))]);
  }
  return found;
}

/** The resources of the source type whose parameter points to one of the page's matches. */
async function reverse(
  ctx: RequestContext,
  def: FhirTypeDef,
  spec: IncludeSpec,
  page: readonly Loaded[],
): Promise<[FhirTypeDef, Loaded[]][]> {
  await requireRoleMayRead(ctx, spec.source);
  const matched = new Set(page.map((l) => `${def.type}/${l.resource.id ?? ''}`));
  // Narrowed to the matches' patients (and a patient login's own).
  const patients = page.every((l) => l.patientId) ? page.map((l) => l.patientId!) : undefined;
  const scope = ownScope(ctx);
  const patientIds = spec.source.action
    ? (patients?.filter((p) => !scope || scope.includes(p)) ?? scope)
    : undefined;
  const loaded = await spec.source.load(ctx.db, {
    ...readAs(ctx),
    ...(patientIds ? { patientIds: [...new Set(patientIds)] } : {}),
  });
  const pointing = loaded.filter((l) =>
    spec.param.values(l.resource as never).some((v) => v !== undefined && matched.has(v)),
  );
  return [[spec.source, pointing]];
}

const keyOf = (r: FhirResource) => `${r.resourceType}/${r.id ?? ''}`;

/** The resources the includes bring for a page, each once and not repeating a match; audited as read. */
export async function resolveIncludes(
  ctx: RequestContext,
  def: FhirTypeDef,
  page: readonly Loaded[],
  specs: readonly IncludeSpec[],
): Promise<FhirResource[]> {
  if (!page.length || !specs.length) return [];
  const seen = new Set(page.map((l) => keyOf(l.resource)));
  const included: FhirResource[] = [];
  for (const spec of specs) {
    const found =
      spec.kind === '_include' ? await forward(ctx, spec, page) : await reverse(ctx, def, spec, page);
    for (const [type, loaded] of found) {
      const fresh = loaded.filter((l) => {
        const key = keyOf(l.resource);
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
      await auditReturned(ctx, type, fresh);
      included.push(...fresh.map(withMeta));
    }
  }
  return included;
}
