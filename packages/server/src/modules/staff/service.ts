import { randomUUID } from 'node:crypto';
import {
  acceptInvitation,
  countOtherActiveAdmins,
  countSupervisedResidents,
  deleteSessionsOfUser,
  emailInUse,
  findInvitation,
  findStaffUser,
  insertUser,
  isUniqueViolation,
  listStaff,
  replaceInvitation,
  revokeStaffGrantsOfUser,
  setStaffLocations,
  setUserStatus,
  staffLocationIds,
  updateStaffUser,
  hasActiveTotp,
  usersWithActiveTotp,
  type UserRow,
} from '@omt/db';
import type { InvitationSent, StaffMember } from '@omt/contracts';
import type { RequestContext } from '../../context';
import { fail } from '../../errors';
import { toInstant } from '../../clock';
import { recordAudit } from '../../audit/audit';
import { linkRefusals } from '../../audit/account-refusal';
import { hashPassword } from '../../auth/passwords';
import { newSecretToken, tokenHash } from '../../auth/sessions';
import { checkNewPassword } from '../../auth/password-policy';
import { checkStaffDetails, type StaffDetails } from './details';
import { presentStaff } from './presenter';
import { mailInvitation } from './invitation-mail';

const DAY_MS = 86_400_000;

export async function present(ctx: RequestContext, u: UserRow): Promise<StaffMember> {
  const supervisor = u.supervisor_id ? await findStaffUser(ctx.db, u.supervisor_id) : undefined;
  const names = new Map(supervisor ? [[supervisor.id, supervisor.display_name]] : []);
  const locationIds = await staffLocationIds(ctx.db, u.id);
  return presentStaff({ ...u, locationIds, twoFactorOn: await hasActiveTotp(ctx.db, u.id) }, names);
}

/**
 * The audit row of a change to a staff login. Call it before the change's writes: the row opens the request's unit of
 * work, so the change commits with it or not at all (a write made before it would commit on its own).
 */
export async function audit(
  ctx: RequestContext,
  action: string,
  userId: string,
  detail: string,
): Promise<void> {
  await recordAudit(ctx.db, ctx.deps.clock, ctx.user, {
    action,
    patientId: null,
    resourceType: 'user',
    resourceId: userId,
    outcome: 'allowed',
    detail,
  });
}

export async function requireStaff(ctx: RequestContext, id: string): Promise<UserRow> {
  const user = await findStaffUser(ctx.db, id);
  if (!user) throw fail.notFound('staff member');
  return user;
}

export async function staffList(ctx: RequestContext): Promise<{ items: StaffMember[] }> {
  ctx.requireRole('admin');
  const staff = await listStaff(ctx.db);
  const names = new Map(staff.map((u) => [u.id, u.display_name]));
  const withTotp = await usersWithActiveTotp(
    ctx.db,
    staff.map((u) => u.id),
  );
  return { items: staff.map((u) => presentStaff({ ...u, twoFactorOn: withTotp.has(u.id) }, names)) };
}

/** Stores a new single-use link for an invited login (replacing any earlier one) and mails it. */
async function issueInvitation(ctx: RequestContext, user: UserRow, validityDays: number): Promise<string> {
  const { token, hash } = newSecretToken();
  const now = ctx.deps.clock();
  const expiresAt = toInstant(new Date(now.getTime() + validityDays * DAY_MS));
  await replaceInvitation(ctx.db, {
    token_hash: hash,
    user_id: user.id,
    created_at: toInstant(now),
    expires_at: expiresAt,
  });
  await mailInvitation(ctx.deps, { email: user.email, displayName: user.display_name }, token, expiresAt);
  return expiresAt;
}

export async function inviteStaff(
  ctx: RequestContext,
  body: StaffDetails & { email: string; validityDays: number },
): Promise<InvitationSent> {
  ctx.requireRole('admin');
  await checkStaffDetails(ctx, body);
  const taken = () => fail.conflict('email_taken', 'email: a login with this email already exists', 'email');
  if (await emailInUse(ctx.db, body.email)) throw taken();
  const id = randomUUID();
  // The audit row first: the login, its locations and the invitation's mail commit with it, or none of them.
  await audit(ctx, 'staff.invite', id, `${body.role} ${body.email}`);
  try {
    await ctx.db.transaction().execute(async (trx) => {
      await insertUser(trx, {
        id,
        email: body.email,
        password_hash: '',
        role: body.role,
        display_name: body.displayName,
        credential: body.credential,
        npi: body.npi,
        supervisor_id: body.supervisorId,
        created_at: ctx.now(),
        status: 'invited',
      });
      await setStaffLocations(trx, id, body.locationIds);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw taken();
    throw error;
  }
  const user = await requireStaff(ctx, id);
  const expiresAt = await issueInvitation(ctx, user, body.validityDays);
  return { member: await present(ctx, user), expiresAt };
}

export async function resendInvitation(
  ctx: RequestContext,
  id: string,
  validityDays: number,
): Promise<InvitationSent> {
  ctx.requireRole('admin');
  const user = await requireStaff(ctx, id);
  if (user.status !== 'invited') {
    throw fail.conflict('not_invited', `this staff member is ${user.status}, not waiting for an invitation`);
  }
  await audit(ctx, 'staff.invite.resend', id, user.email);
  const expiresAt = await issueInvitation(ctx, user, validityDays);
  return { member: await present(ctx, user), expiresAt };
}

/** Refuses to take away the supervisor of residents still working (409 `supervises_residents`). */
async function keepResidentsSupervised(ctx: RequestContext, user: UserRow, field?: string): Promise<void> {
  if ((await countSupervisedResidents(ctx.db, user.id)) === 0) return;
  throw fail.conflict(
    'supervises_residents',
    `${field ? `${field}: ` : ''}${user.display_name} supervises residents; assign them another supervisor first`,
    field,
  );
}

/** Refuses a change that would leave the clinic without an active admin (409 `last_admin`). */
async function keepAnAdmin(ctx: RequestContext, user: UserRow): Promise<void> {
  if (user.role !== 'admin' || user.status !== 'active') return;
  if ((await countOtherActiveAdmins(ctx.db, user.id)) === 0) {
    throw fail.conflict('last_admin', 'the clinic needs at least one active admin');
  }
}

export async function updateStaff(ctx: RequestContext, id: string, body: StaffDetails): Promise<StaffMember> {
  ctx.requireRole('admin');
  const user = await requireStaff(ctx, id);
  await checkStaffDetails(ctx, body, id);
  if (body.role !== 'admin') await keepAnAdmin(ctx, user);
  if (user.role === 'physician' && body.role !== 'physician')
    await keepResidentsSupervised(ctx, user, 'role');
  await audit(ctx, 'staff.update', id, `role ${user.role} → ${body.role}`);
  await ctx.db.transaction().execute(async (trx) => {
    await updateStaffUser(trx, id, {
      role: body.role,
      display_name: body.displayName,
      credential: body.credential,
      npi: body.npi,
      supervisor_id: body.supervisorId,
    });
    await setStaffLocations(trx, id, body.locationIds);
    // Apps allowed to act as this person in the old role stop for good (a role changed back does not revive them).
    if (body.role !== user.role) await revokeStaffGrantsOfUser(trx, id, ctx.now());
  });
  return present(ctx, await requireStaff(ctx, id));
}

/** Deactivates a login: its sessions end at once and it cannot log in; its notes, visits and audit stay. */
export async function deactivateStaff(ctx: RequestContext, id: string): Promise<StaffMember> {
  ctx.requireRole('admin');
  const user = await requireStaff(ctx, id);
  await keepAnAdmin(ctx, user);
  await keepResidentsSupervised(ctx, user);
  await audit(ctx, 'staff.deactivate', id, user.email);
  await ctx.db.transaction().execute(async (trx) => {
    await setUserStatus(trx, id, 'deactivated');
    await deleteSessionsOfUser(trx, id);
    await revokeStaffGrantsOfUser(trx, id, ctx.now());
  });
  return present(ctx, await requireStaff(ctx, id));
}

/** Why an invitation link is refused, in words for the audit log; null when it may be accepted. */
function invitationRefusal(
  invitation: { used_at: string | null; expires_at: string } | undefined,
  user: { status: string } | undefined,
  now: string,
): string | null {
  if (!invitation) return 'unknown invitation link';
  if (!user) return 'the invited login is gone';
  if (invitation.used_at) return 'invitation link already used';
  if (invitation.expires_at <= now) return 'invitation link expired';
  if (user.status !== 'invited') return `the login is ${user.status}, not waiting for an invitation`;
  return null;
}

/** Sets the invitee's password from the mailed single-use token and activates the login. */
export async function acceptStaffInvitation(
  ctx: RequestContext,
  body: { token: string; password: string },
): Promise<{ email: string }> {
  const hash = tokenHash(body.token);
  const invitation = await findInvitation(ctx.db, hash);
  const user = invitation ? await findStaffUser(ctx.db, invitation.user_id) : undefined;
  const lapsed = () =>
    fail.invalid('token', 'this invitation link has expired or was already used; ask for a new one');
  // Audited naming the invited login when known (no actor: a link proves no one); the answer stays the same.
  const refuse = linkRefusals(ctx.deps, 'staff.invite.accept');
  const why = invitationRefusal(invitation, user, ctx.now());
  if (why !== null || !user)
    return refuse(invitation?.user_id ?? null, why ?? 'the invited login is gone', lapsed());
  checkNewPassword(body.password, { email: user.email, name: user.display_name });
  const passwordHash = await hashPassword(body.password);
  // The audit row first: the login is activated with it or not at all.
  await recordAudit(ctx.db, ctx.deps.clock, null, {
    action: 'staff.invite.accept',
    patientId: null,
    resourceType: 'user',
    resourceId: user.id,
    outcome: 'allowed',
    detail: user.email,
  });
  const ok = await acceptInvitation(ctx.db, {
    tokenHash: hash,
    userId: user.id,
    passwordHash,
    now: ctx.now(),
  });
  // Used by another request meanwhile: the allowed row rolls back with it, and the refusal is written after.
  if (!ok) return refuse(user.id, 'invitation link used meanwhile', lapsed());
  return { email: user.email };
}
