/**
 * Who may read what through the FHIR API: the role check per type, a patient login's scope, and the audit of the
 * patient resources returned (one row per resource, as REST lists do).
 */
import type { Role } from '@omt/contracts';
import { fail } from '../../errors';
import { recordAudit } from '../../audit/audit';
import { mayAccessPatient } from '../../auth/policy';
import type { RequestContext } from '../../context';
import type { FhirTypeDef, Loaded } from './type-def';

export const auditType = (def: FhirTypeDef) => `fhir.${def.type}`;

/** Whether a role may read a type at all (a patient: only their own records of it, checked per row). */
export function roleMayReadType(role: Role, def: FhirTypeDef): boolean {
  return (
    (!def.roles || def.roles.includes(role)) &&
    (!def.action || role === 'patient' || mayAccessPatient(role, def.action(role), '', []))
  );
}

/**
 * Refuses a role the policy does not allow to read this type at all (a patient: only their own, checked per row). The
 * refusal is audited like any other (no patient named: the type was refused before any record was looked at).
 */
export async function requireRoleMayRead(ctx: RequestContext, def: FhirTypeDef): Promise<void> {
  const role = ctx.user.role;
  if (roleMayReadType(role, def)) return;
  await recordAudit(ctx.deps.db, ctx.deps.clock, ctx.user, {
    action: def.action?.(role) ?? 'fhir.read',
    patientId: null,
    resourceType: auditType(def),
    resourceId: null,
    outcome: 'denied',
    detail: `your role may not read ${def.type} resources`,
  });
  throw fail.forbidden(`your role may not read ${def.type} resources`);
}

/** The patients a read may touch: a patient login only its own records; staff any (undefined). */
export const ownScope = (ctx: RequestContext): string[] | undefined =>
  ctx.user.role === 'patient' ? ctx.user.patientIds : undefined;

/** Checks and audits the patient resources about to be returned; a refusal (audited) fails the request. */
export async function auditReturned(
  ctx: RequestContext,
  def: FhirTypeDef,
  loaded: readonly Loaded[],
): Promise<void> {
  const items = loaded.flatMap((l) => [
    ...(l.patientId ? [{ patientId: l.patientId, resourceId: l.resource.id ?? null }] : []),
    ...(l.members ?? []).map((patientId) => ({ patientId, resourceId: l.resource.id ?? null })),
  ]);
  if (def.action && items.length) await ctx.accessEach(items, def.action(ctx.user.role), auditType(def));
}
