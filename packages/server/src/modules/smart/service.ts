/**
 * The clinic's side of SMART apps: an admin registers and removes apps; a login sees the apps it allowed (on the
 * consent page, `consent.ts`) and revokes them. A patient login's app reads one patient's data (their own or a
 * child's); a staff login's acts as them (`user/` scopes, every patient their role may see). Registrations and
 * revocations are audited (a patient's revocation through the audited gate).
 */
import { randomBytes } from 'node:crypto';
import {
  findSmartApp,
  findSmartGrant,
  insertSmartApp,
  listSmartApps,
  listSmartGrantsOfUser,
  retireSmartApp,
  smartClientIdTaken,
  revokeSmartGrant,
  type SmartAppRow,
} from '@omt/db';
import type { ConnectedApp, RegisterSmartApp, Role, SmartAppView } from '@omt/contracts';
import type { RequestContext } from '../../context';
import { STAFF_ROLES } from '../../auth/policy';
import { fail } from '../../errors';
import { auditSetup } from '../catalog/audit';
import { accessOf, isStaff } from './consent';
import { auditStaffGrant } from './staff-grant-audit';

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
  // The audit row first: the app is registered with it or not at all.
  await auditSetup(ctx, 'smart.app.register', 'smart_app', clientId, `registered ${body.name}`);
  await insertSmartApp(ctx.db, row);
  return appView({ ...row, retired_at: null });
}

export async function removeApp(ctx: RequestContext, clientId: string): Promise<void> {
  ctx.requireRole('admin');
  await auditSetup(ctx, 'smart.app.remove', 'smart_app', clientId, 'removed: its tokens stop working');
  if (!(await retireSmartApp(ctx.db, clientId, ctx.now()))) throw fail.notFound(`app ${clientId}`);
}

/** Whether a grant of this login is of its kind: a patient login's for one of its patients, a staff login's as staff. */
const ofThisLogin = (ctx: RequestContext, patientId: string | null) =>
  isStaff(ctx) ? patientId === null : patientId !== null && ctx.user.patientIds.includes(patientId);

export async function connectedApps(ctx: RequestContext): Promise<ConnectedApp[]> {
  ctx.requireRole('patient', ...STAFF_ROLES);
  const rows = await listSmartGrantsOfUser(ctx.db, ctx.user.id);
  return rows
    .filter((g) => ofThisLogin(ctx, g.patient_id))
    .map((g) => ({
      id: g.id,
      appName: g.app_name,
      clientId: g.client_id,
      patientId: g.patient_id,
      patientName: g.patient_id ? `${g.given_name ?? ''} ${g.family_name ?? ''}` : null,
      staffRole: g.patient_id ? null : (g.staff_role as ConnectedApp['staffRole']),
      access: accessOf(g.scope, (g.staff_role as Role | null) ?? 'patient'),
      connectedAt: g.created_at,
    }));
}

export async function revokeConnectedApp(ctx: RequestContext, grantId: string): Promise<void> {
  ctx.requireRole('patient', ...STAFF_ROLES);
  const grant = await findSmartGrant(ctx.db, grantId);
  if (
    !grant ||
    grant.user_id !== ctx.user.id ||
    grant.revoked_at ||
    isStaff(ctx) !== (grant.patient_id === null)
  )
    throw fail.notFound(`connected app ${grantId}`);
  const app = await findSmartApp(ctx.db, grant.client_id);
  const detail = `revoked ${app?.name ?? grant.client_id}`;
  if (grant.patient_id === null) {
    await auditStaffGrant(ctx, grantId, detail);
  } else {
    await ctx.access(grant.patient_id, 'app.connect', 'smart.grant', grantId, detail);
  }
  await revokeSmartGrant(ctx.db, grantId, ctx.now());
}
