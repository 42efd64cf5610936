/**
 * The consent page's side of an app's request: what this login may allow of it, and the answer. A patient login
 * allows an app one patient's data (their own or a child's, chosen); a staff login allows it to act as them, with
 * their role's policy for every patient it may see, narrowed to the `user/` scopes (no patient is chosen, so
 * `patient/` scopes are left out). Either way the browser goes back to the app's redirect URI; grants are audited.
 */
import { randomUUID } from 'node:crypto';
import {
  allowSmartAuthorization,
  deleteOpenSmartAuthorization,
  findOpenSmartAuthorization,
  insertSmartGrant,
  patientsOfUser,
} from '@omt/db';
import type { Role, SmartRequestView } from '@omt/contracts';
import { roleMayReadType } from '../fhir/access';
import { fhirUserOf } from './id-token';
import type { RequestContext } from '../../context';
import { STAFF_ROLES } from '../../auth/policy';
import { newSecretToken, tokenHash } from '../../auth/sessions';
import { toInstant } from '../../clock';
import { DomainError, fail } from '../../errors';
import { FHIR_TYPES, fhirType } from '../fhir/resource-types';
import { redirectWith } from './authorize';
import { forLogin, grantScopes, reachedTypes } from './scopes';
import { auditStaffGrant } from './staff-grant-audit';
import { recordAudit } from '../../audit/audit';

/** How long an allowed request's code may be exchanged. */
const CODE_SECONDS = 120;

const served = (type: string) => fhirType(type) !== undefined;
/**
 * The types a grant's scopes reach, read and changed, for the role it acts as (a `*` scope: every type served that the
 * role may read at all; the consent page never names a type the app would be refused anyway).
 */
export const accessOf = (scope: string, role: Role) =>
  reachedTypes(
    grantScopes(scope, served).resources,
    FHIR_TYPES.filter((t) => roleMayReadType(role, t)).map((t) => t.type),
  );

/** A staff login (no patient of its own): its apps act as it. */
export const isStaff = (ctx: RequestContext) => ctx.user.role !== 'patient';

/** A request waiting for this login's answer (404 once expired, answered, or its app removed). */
async function openRequest(ctx: RequestContext, handle: string) {
  ctx.requireRole('patient', ...STAFF_ROLES);
  const row = await findOpenSmartAuthorization(ctx.db, tokenHash(handle), ctx.now());
  if (!row)
    throw fail.notFound('this request (it has expired or was already answered; start again from the app)');
  return row;
}

/**
 * What the app will learn of who allowed it: an id token (`openid`), naming the login's own record with `fhirUser` when
 * it has one (`fhirUserOf`: a clinician's Practitioner, a patient's Patient, a parent's RelatedPerson).
 */
async function identityOf(
  ctx: RequestContext,
  scope: string,
  patientIds: string[],
): Promise<SmartRequestView['identity']> {
  const scopes = scope.split(' ');
  if (!scopes.includes('openid')) return 'none';
  if (!scopes.includes('fhirUser')) return 'login';
  return (await fhirUserOf(ctx.db, ctx.user.id, patientIds[0] ?? null)) ? 'record' : 'login';
}

export async function requestView(ctx: RequestContext, handle: string): Promise<SmartRequestView> {
  const row = await openRequest(ctx, handle);
  const { kept, leftOut } = forLogin(row.scope, isStaff(ctx));
  const patients = isStaff(ctx) ? [] : await patientsOfUser(ctx.db, ctx.user.id);
  return {
    appName: row.app_name,
    clientId: row.client_id,
    redirectOrigin: new URL(row.redirect_uri).origin,
    access: accessOf(kept, ctx.user.role),
    offline: grantScopes(kept, served).offline,
    identity: await identityOf(
      ctx,
      kept,
      patients.map((p) => p.id),
    ),
    patients: patients.map((p) => ({ id: p.id, name: `${p.given_name} ${p.family_name}` })),
    leftOut,
    expiresAt: row.expires_at,
  };
}

type OpenRequest = Awaited<ReturnType<typeof openRequest>>;

/** The request becomes a one-time code for the grant; the browser goes back to the app with it. */
async function codeFor(ctx: RequestContext, row: OpenRequest, grantId: string): Promise<string> {
  const code = newSecretToken();
  const expires = toInstant(new Date(ctx.deps.clock().getTime() + CODE_SECONDS * 1000));
  if (
    !(await allowSmartAuthorization(ctx.db, row.id, {
      code_hash: code.hash,
      code_expires_at: expires,
      grant_id: grantId,
    }))
  ) {
    throw new DomainError(409, 'already_answered', 'this request was already answered');
  }
  return redirectWith(row.redirect_uri, { code: code.token, state: row.state });
}

/**
 * A staff login allows the app to act as them: the grant keeps the `user/` scopes (no patient, the role it was allowed
 * as). With none asked for, the app is sent back with `invalid_scope` whatever the answer.
 */
async function decideAsStaff(
  ctx: RequestContext,
  row: OpenRequest,
  decision: { allow: boolean; patientId?: string | undefined },
): Promise<string> {
  const { kept } = forLogin(row.scope, true);
  if (!grantScopes(kept, served).resources.length) {
    return ended(
      ctx,
      row,
      'invalid_scope',
      'a staff login allows only user/ scopes, e.g. user/Patient.rs, and none were asked for',
    );
  }
  if (!decision.allow) return ended(ctx, row, 'access_denied', 'the staff member did not allow access');
  if (decision.patientId !== undefined) {
    throw fail.invalid(
      'patientId',
      'a staff login allows an app as themselves, for the patients their role may see, not for one patient',
      'not_allowed',
    );
  }
  const grantId = randomUUID();
  await auditStaffGrant(ctx, grantId, `allowed ${row.app_name} to act as this ${ctx.user.role}: ${kept}`);
  await insertSmartGrant(ctx.db, {
    id: grantId,
    client_id: row.client_id,
    user_id: ctx.user.id,
    patient_id: null,
    staff_role: ctx.user.role,
    scope: kept,
    created_at: ctx.now(),
  });
  return codeFor(ctx, row, grantId);
}

/** A denial forgets the request and sends the app `access_denied`. */
/** Ends the request without a grant (recorded first, so it ends with its audit row); the app is told why. */
async function ended(
  ctx: RequestContext,
  row: OpenRequest,
  error: 'access_denied' | 'invalid_scope',
  description: string,
): Promise<string> {
  await recordAudit(ctx.db, ctx.deps.clock, ctx.user, {
    action: 'app.decline',
    patientId: null,
    resourceType: 'smart.authorization',
    resourceId: row.id,
    outcome: 'allowed',
    detail: `${row.app_name}: ${description}`,
  });
  await deleteOpenSmartAuthorization(ctx.db, row.id);
  return redirectWith(row.redirect_uri, { error, error_description: description, state: row.state });
}

/** Allowing stores the grant and a one-time code; either way the browser goes back to the app's redirect URI. */
export async function decide(
  ctx: RequestContext,
  handle: string,
  decision: { allow: boolean; patientId?: string | undefined },
): Promise<string> {
  const row = await openRequest(ctx, handle);
  if (isStaff(ctx)) return decideAsStaff(ctx, row, decision);
  if (!decision.allow) return ended(ctx, row, 'access_denied', 'the patient did not allow access');
  if (!decision.patientId) throw fail.invalid('patientId', 'choose whose data the app may read', 'required');
  const grantId = randomUUID();
  await ctx.access(
    decision.patientId,
    'app.connect',
    'smart.grant',
    grantId,
    `allowed ${row.app_name}: ${row.scope}`,
  );
  await insertSmartGrant(ctx.db, {
    id: grantId,
    client_id: row.client_id,
    user_id: ctx.user.id,
    patient_id: decision.patientId,
    staff_role: null,
    scope: row.scope,
    created_at: ctx.now(),
  });
  return codeFor(ctx, row, grantId);
}
