/**
 * The clinic's side of SMART apps: an admin registers and removes apps; a patient answers an app's request on the
 * consent page (for themselves or a child), sees the apps they allowed and revokes them. Grants and revocations go
 * through the audited gate.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import {
  allowSmartAuthorization,
  deleteOpenSmartAuthorization,
  findOpenSmartAuthorization,
  findSmartApp,
  findSmartGrant,
  insertSmartApp,
  insertSmartGrant,
  listSmartApps,
  listSmartGrantsOfUser,
  patientsOfUser,
  retireSmartApp,
  smartClientIdTaken,
  revokeSmartGrant,
  type SmartAppRow,
} from '@omt/db';
import type { ConnectedApp, RegisterSmartApp, SmartAppView, SmartRequestView } from '@omt/contracts';
import type { RequestContext } from '../../context';
import { newSecretToken, tokenHash } from '../../auth/sessions';
import { toInstant } from '../../clock';
import { DomainError, fail } from '../../errors';
import { auditSetup } from '../catalog/audit';
import { FHIR_TYPES, fhirType } from '../fhir/resource-types';
import { redirectWith } from './authorize';
import { grantScopes, reachedTypes } from './scopes';

/** How long an allowed request's code may be exchanged. */
const CODE_SECONDS = 120;

const served = (type: string) => fhirType(type) !== undefined;
/** The types a grant's scopes reach, read and changed (a `*` scope: every type served). */
const accessOf = (scope: string) =>
  reachedTypes(
    grantScopes(scope, served).resources,
    FHIR_TYPES.map((t) => t.type),
  );

const appView = (row: SmartAppRow): SmartAppView => ({
  clientId: row.client_id,
  name: row.name,
  redirectUris: JSON.parse(row.redirect_uris_json) as string[],
  createdAt: row.created_at,
});

export async function listApps(ctx: RequestContext): Promise<SmartAppView[]> {
  ctx.requireRole('admin');
  return (await listSmartApps(ctx.db)).map(appView);
}

export async function registerApp(ctx: RequestContext, body: RegisterSmartApp): Promise<SmartAppView> {
  ctx.requireRole('admin');
  const clientId = body.clientId ?? `app-${randomBytes(9).toString('base64url')}`;
  if (await smartClientIdTaken(ctx.db, clientId))
    throw fail.conflict('client_id_taken', 'clientId: another app has this client id', 'clientId');
  const row = {
    client_id: clientId,
    name: body.name,
    redirect_uris_json: JSON.stringify(body.redirectUris),
    created_by: ctx.user.id,
    created_at: ctx.now(),
  };
  await insertSmartApp(ctx.db, row);
  await auditSetup(ctx, 'smart.app.register', 'smart_app', clientId, `registered ${body.name}`);
  return appView({ ...row, retired_at: null });
}

export async function removeApp(ctx: RequestContext, clientId: string): Promise<void> {
  ctx.requireRole('admin');
  if (!(await retireSmartApp(ctx.db, clientId, ctx.now()))) throw fail.notFound(`app ${clientId}`);
  await auditSetup(ctx, 'smart.app.remove', 'smart_app', clientId, 'removed: its tokens stop working');
}

/** A request waiting for this login's answer (404 once expired, answered, or its app removed). */
async function openRequest(ctx: RequestContext, handle: string) {
  ctx.requireRole('patient');
  const row = await findOpenSmartAuthorization(ctx.db, tokenHash(handle), ctx.now());
  if (!row)
    throw fail.notFound('this request (it has expired or was already answered; start again from the app)');
  return row;
}

export async function requestView(ctx: RequestContext, handle: string): Promise<SmartRequestView> {
  const row = await openRequest(ctx, handle);
  const patients = await patientsOfUser(ctx.db, ctx.user.id);
  return {
    appName: row.app_name,
    clientId: row.client_id,
    redirectOrigin: new URL(row.redirect_uri).origin,
    access: accessOf(row.scope),
    offline: grantScopes(row.scope, served).offline,
    patients: patients.map((p) => ({ id: p.id, name: `${p.given_name} ${p.family_name}` })),
    expiresAt: row.expires_at,
  };
}

/** Allowing stores the grant and a one-time code; either way the browser goes back to the app's redirect URI. */
export async function decide(
  ctx: RequestContext,
  handle: string,
  decision: { allow: boolean; patientId?: string | undefined },
): Promise<string> {
  const row = await openRequest(ctx, handle);
  if (!decision.allow) {
    await deleteOpenSmartAuthorization(ctx.db, row.id);
    return redirectWith(row.redirect_uri, {
      error: 'access_denied',
      error_description: 'the patient did not allow access',
      state: row.state,
    });
  }
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
    scope: row.scope,
    created_at: ctx.now(),
  });
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

export async function connectedApps(ctx: RequestContext): Promise<ConnectedApp[]> {
  ctx.requireRole('patient');
  const rows = await listSmartGrantsOfUser(ctx.db, ctx.user.id);
  return rows
    .filter((g) => ctx.user.patientIds.includes(g.patient_id))
    .map((g) => ({
      id: g.id,
      appName: g.app_name,
      clientId: g.client_id,
      patientId: g.patient_id,
      patientName: `${g.given_name} ${g.family_name}`,
      access: accessOf(g.scope),
      connectedAt: g.created_at,
    }));
}

export async function revokeConnectedApp(ctx: RequestContext, grantId: string): Promise<void> {
  ctx.requireRole('patient');
  const grant = await findSmartGrant(ctx.db, grantId);
  if (!grant || grant.user_id !== ctx.user.id || grant.revoked_at)
    throw fail.notFound(`connected app ${grantId}`);
  const app = await findSmartApp(ctx.db, grant.client_id);
  await ctx.access(
    grant.patient_id,
    'app.connect',
    'smart.grant',
    grantId,
    `revoked ${app?.name ?? grant.client_id}`,
  );
  await revokeSmartGrant(ctx.db, grantId, ctx.now());
}
