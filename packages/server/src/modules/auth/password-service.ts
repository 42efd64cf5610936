import {
  deleteSessionsOfUser,
  findPasswordResetToken,
  findUserByEmail,
  findUserById,
  insertPasswordResetToken,
  setUserPasswordHash,
  unitOfWork,
  usePasswordResetToken,
} from '@omt/db';
import type { ChangePasswordRequest, ResetPasswordRequest } from '@omt/contracts';
import type { Lang } from '@omt/domain';
import { checkNewPassword } from '../../auth/password-policy';
import { hashPassword, verifyPassword } from '../../auth/passwords';
import { newSecretToken, tokenHash } from '../../auth/sessions';
import { toInstant } from '../../clock';
import type { AppDeps, RequestContext } from '../../context';
import { DomainError } from '../../errors';
import { recordAudit } from '../../audit/audit';
import {
  auditAccountRefusal,
  linkRefusals,
  ownAccountRefusal,
  refuseAccountAccess,
} from '../../audit/account-refusal';
import { loginActor } from './service';
import { languageOfUser } from '../../mail/mail-language';
import { clinicName } from '../clinic-profile/profile-cache';
import { PASSWORD_RESET_TEXTS } from '../../mail/texts/password-reset-texts';
import { fill } from '../../mail/texts/fill';
import { enqueueMail } from '../../jobs/mail-job';

/** A mailed reset link is good for one hour, once. */
export const RESET_TOKEN_HOURS = 1;

/** The policy's refusal, naming the request's own field for the new password. */
function checkPolicy(field: string, password: string, who: { email: string; display_name: string }): void {
  try {
    checkNewPassword(password, { email: who.email, name: who.display_name });
  } catch (e) {
    if (e instanceof DomainError && e.field === 'password' && field !== 'password') {
      throw new DomainError(e.status, e.code, e.message.replace(/^password/, field), field, e.details);
    }
    throw e;
  }
}

/** The reset mail in the reader's language (a patient's preferred language; staff read English). */
function resetMail(link: string, lang: Lang, clinic: string) {
  const t = PASSWORD_RESET_TEXTS[lang];
  const values = { clinic, hours: RESET_TOKEN_HOURS };
  return {
    subject: fill(t.subject, values),
    text: [fill(t.asked, values), '', fill(t.open, values), link, '', fill(t.notYou, values)].join('\n'),
  };
}

/**
 * Mails a single-use reset link to the account with this email, if there is an active one; the caller answers the
 * same either way, and runs this after answering. Only the token's SHA-256 is stored.
 */
export async function forgotPassword(deps: AppDeps, email: string): Promise<void> {
  const user = await findUserByEmail(deps.db, email);
  if (!user) {
    // Refused all the same, and audited (the email kept as typed, as a failed login's): only the log says so.
    await auditAccountRefusal(deps, {
      action: 'auth.password_reset_requested',
      userId: null,
      detail: `${email}; no active account has this email`,
    });
    return;
  }
  const { token, hash } = newSecretToken();
  const now = deps.clock();
  // After the answer, so not in the route's unit of work: its own, the audit row first, so the token commits with it.
  await unitOfWork(deps.db, async () => {
    await recordAudit(deps.db, deps.clock, null, {
      action: 'auth.password_reset_requested',
      patientId: null,
      resourceType: 'user',
      resourceId: user.id,
      outcome: 'allowed',
    });
    await insertPasswordResetToken(deps.db, {
      id: hash,
      user_id: user.id,
      created_at: toInstant(now),
      expires_at: toInstant(new Date(now.getTime() + RESET_TOKEN_HOURS * 3_600_000)),
    });
  });
  if (!deps.mailer) return;
  const link = `${deps.config.publicUrl}/reset-password?token=${token}`;
  const lang = user.role === 'patient' ? await languageOfUser(deps.db, user.id) : 'en';
  await enqueueMail(deps, { to: [user.email], ...resetMail(link, lang, await clinicName(deps.db)) });
}

const invalidToken = () =>
  new DomainError(
    400,
    'reset_token_invalid',
    'token: this reset link is not valid; ask for a new one',
    'token',
  );

/**
 * Sets a new password with a mailed token: the token must be known, unused and unexpired (400 / 410), the
 * password must pass the policy (400 naming `password`); then the token is used up and every session of the account
 * ends. Returns the user's id.
 */
export async function resetPassword(deps: AppDeps, body: ResetPasswordRequest): Promise<string> {
  const id = tokenHash(body.token);
  const row = await findPasswordResetToken(deps.db, id);
  // A refused link is audited naming the account it was mailed to, when known, as the row's resource (it proves no
  // one, so the row has no actor); never the token.
  const refuse = linkRefusals(deps, 'auth.password_reset');
  if (!row) return refuse(null, 'unknown reset link', invalidToken());
  const now = toInstant(deps.clock());
  if (row.used_at) {
    return refuse(
      row.user_id,
      'reset link already used',
      new DomainError(
        410,
        'reset_token_used',
        'token: this reset link was already used; ask for a new one',
        'token',
      ),
    );
  }
  if (row.expires_at <= now) {
    return refuse(
      row.user_id,
      'reset link expired',
      new DomainError(
        410,
        'reset_token_expired',
        `token: this reset link expired (links last ${RESET_TOKEN_HOURS} hour); ask for a new one`,
        'token',
      ),
    );
  }
  const user = await findUserById(deps.db, row.user_id);
  if (!user) return refuse(row.user_id, 'the account of the reset link is gone', invalidToken());
  checkPolicy('password', body.password, user);
  const hash = await hashPassword(body.password);
  // The audit row first: the password, the used token and the ended sessions commit with it or not at all. The
  // valid link proved whose account it is, so that account is the row's actor (a refused link proves nothing: its
  // row, above, names no actor).
  await recordAudit(deps.db, deps.clock, loginActor(user), {
    action: 'auth.password_reset',
    patientId: null,
    resourceType: 'user',
    resourceId: user.id,
    outcome: 'allowed',
  });
  await deps.db.transaction().execute(async (trx) => {
    if (!(await usePasswordResetToken(trx, id, now))) {
      // Used by another request meanwhile: this one's allowed row rolls back, and its refusal is written after.
      const error = new DomainError(
        410,
        'reset_token_used',
        'token: this reset link was already used',
        'token',
      );
      return refuse(user.id, 'reset link used meanwhile', error);
    }
    await setUserPasswordHash(trx, user.id, hash);
    await deleteSessionsOfUser(trx, user.id);
  });
  return user.id;
}

/**
 * Changes the caller's password: the current one must be right (403 naming `currentPassword`; the caller counts it
 * as a failed login), the new one must pass the policy (400 naming `newPassword`); the caller's other sessions end.
 */
export async function changePassword(ctx: RequestContext, body: ChangePasswordRequest): Promise<void> {
  const user = await findUserById(ctx.db, ctx.user.id);
  if (!user || !(await verifyPassword(user.password_hash, body.currentPassword))) {
    return refuseAccountAccess(
      ctx.deps,
      {
        ...ownAccountRefusal(ctx.user, 'auth.password_changed'),
        detail: 'current password wrong',
      },
      new DomainError(
        403,
        'current_password_wrong',
        'currentPassword: the current password is wrong',
        'currentPassword',
      ),
    );
  }
  checkPolicy('newPassword', body.newPassword, user);
  if (await verifyPassword(user.password_hash, body.newPassword)) {
    throw new DomainError(
      400,
      'validation_failed',
      'newPassword: must differ from the current password',
      'newPassword',
    );
  }
  const hash = await hashPassword(body.newPassword);
  // The audit row first: the password and the ended sessions commit with it or not at all.
  await recordAudit(ctx.db, ctx.deps.clock, ctx.user, {
    action: 'auth.password_changed',
    patientId: null,
    resourceType: 'user',
    resourceId: user.id,
    outcome: 'allowed',
  });
  await ctx.db.transaction().execute(async (trx) => {
    await setUserPasswordHash(trx, user.id, hash);
    await deleteSessionsOfUser(trx, user.id, ctx.user.sessionId);
  });
}
