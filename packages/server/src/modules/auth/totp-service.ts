import {
  activateTotp,
  countUnusedRecoveryCodes,
  deleteTotp,
  findMfaChallenge,
  findTotpCredential,
  findUserById,
  hasActiveTotp,
  independentOfUnitOfWork,
  savePendingTotpSecret,
  useMfaChallenge,
  useRecoveryCode,
  useTotpStep,
} from '@omt/db';
import type {
  LoginSession,
  TotpDisableRequest,
  TotpEnableRequest,
  TotpLoginRequest,
  TotpSetupResponse,
  TotpStatusResponse,
} from '@omt/contracts';
import { verifyPassword } from '../../auth/passwords';
import { createSession, tokenHash, type SessionOrigin } from '../../auth/sessions';
import {
  matchTotpStep,
  newRecoveryCodes,
  newTotpSecret,
  recoveryCodeHash,
  totpQrDataUrl,
  totpUri,
} from '../../auth/totp';
import { toInstant } from '../../clock';
import type { AppDeps, RequestContext } from '../../context';
import { DomainError, fail } from '../../errors';
import { recordAudit, type AuditActor } from '../../audit/audit';
import { auditingRefusals, ownAccountRefusal, refuseAccountAccess } from '../../audit/account-refusal';
import { loginActor, presentUser } from './service';
import { totpRequiredFor } from '../../auth/totp-challenge';
import { openTotpSecret, sealTotpSecret } from '../../auth/totp-secrets';

/**
 * Accepts a code of the active (sealed) secret at `nowMs` (one step either side), once: its step is recorded, and a
 * code of that step or an earlier one is refused after. Refusals name the `code` field. The step is recorded on its
 * own, before the change's audit point: a code seen once stays used though the change then fails.
 */
async function acceptCode(
  deps: AppDeps,
  userId: string,
  sealedSecret: string,
  code: string,
  nowMs: number,
): Promise<void> {
  const step = matchTotpStep(openTotpSecret(deps, userId, sealedSecret), code, nowMs);
  if (step === null) throw fail.invalid('code', 'is not the current code of your authenticator app');
  if (!(await independentOfUnitOfWork(() => useTotpStep(deps.db, userId, step)))) {
    throw fail.invalid('code', 'was used already; wait for the next code');
  }
}

function audit(deps: AppDeps, actor: AuditActor | null, userId: string, action: string) {
  return recordAudit(deps.db, deps.clock, actor, {
    action,
    patientId: null,
    resourceType: 'user',
    resourceId: userId,
    outcome: 'allowed',
  });
}

export async function totpStatus(ctx: RequestContext): Promise<TotpStatusResponse> {
  const cred = await findTotpCredential(ctx.db, ctx.user.id);
  return {
    enabled: Boolean(cred?.secret),
    required: totpRequiredFor(ctx.deps, ctx.user.role),
    recoveryCodesLeft: cred?.secret ? await countUnusedRecoveryCodes(ctx.db, ctx.user.id) : 0,
  };
}

/** Staff only: a fresh pending secret (replacing an earlier pending one); refused while two-factor is on. */
export async function setupTotp(ctx: RequestContext): Promise<TotpSetupResponse> {
  if (ctx.user.role === 'patient') {
    const refusal = {
      ...ownAccountRefusal(ctx.user, 'auth.totp_setup'),
      detail: 'two-factor is for staff accounts',
    };
    return refuseAccountAccess(ctx.deps, refusal, fail.forbidden('two-factor is for staff accounts'));
  }
  if (await hasActiveTotp(ctx.db, ctx.user.id)) {
    throw fail.conflict(
      'totp_already_enabled',
      'two-factor is on already; turn it off first to set up a new one',
    );
  }
  const secret = newTotpSecret();
  // The audit row first: the pending secret is saved with it or not at all.
  await audit(ctx.deps, ctx.user, ctx.user.id, 'auth.totp_setup');
  await savePendingTotpSecret(ctx.db, ctx.user.id, sealTotpSecret(ctx.deps, ctx.user.id, secret));
  const otpauthUri = totpUri(secret, ctx.user.email);
  return { secret, otpauthUri, qrCode: await totpQrDataUrl(otpauthUri) };
}

/** Turns the pending secret on with one of its codes; returns the recovery codes, whose hashes alone are kept. */
export async function enableTotp(ctx: RequestContext, body: TotpEnableRequest): Promise<string[]> {
  const cred = await findTotpCredential(ctx.db, ctx.user.id);
  if (cred?.secret) throw fail.conflict('totp_already_enabled', 'two-factor is on already');
  if (!cred?.pending_secret) throw fail.conflict('totp_not_set_up', 'set up two-factor first', 'code');
  const pending = openTotpSecret(ctx.deps, ctx.user.id, cred.pending_secret);
  const step = matchTotpStep(pending, body.code, ctx.deps.clock().getTime());
  if (step === null) {
    const wrong = fail.invalid('code', 'is not the current code of your authenticator app');
    return refuseAccountAccess(
      ctx.deps,
      { ...ownAccountRefusal(ctx.user, 'auth.totp_enabled'), detail: wrong.message },
      wrong,
    );
  }
  const codes = newRecoveryCodes();
  const hashes = codes.map(recoveryCodeHash);
  // The audit row first: two-factor is turned on with it or not at all.
  await audit(ctx.deps, ctx.user, ctx.user.id, 'auth.totp_enabled');
  if (!(await activateTotp(ctx.db, ctx.user.id, cred.pending_secret, step, ctx.now(), hashes))) {
    throw fail.conflict('totp_not_set_up', 'the set-up changed meanwhile; set up two-factor again', 'code');
  }
  return codes;
}

/** Turns two-factor off: the password and a current code are both needed. */
export async function disableTotp(ctx: RequestContext, body: TotpDisableRequest): Promise<void> {
  const cred = await findTotpCredential(ctx.db, ctx.user.id);
  if (!cred?.secret) throw fail.conflict('totp_not_enabled', 'two-factor is not on');
  const secret = cred.secret;
  const user = await findUserById(ctx.db, ctx.user.id);
  // A wrong password or code is audited as a refusal of the caller's own change.
  await auditingRefusals(ctx.deps, ownAccountRefusal(ctx.user, 'auth.totp_disabled'), async () => {
    if (!user || !(await verifyPassword(user.password_hash, body.password))) {
      throw fail.invalid('password', 'is wrong');
    }
    await acceptCode(ctx.deps, ctx.user.id, secret, body.code, ctx.deps.clock().getTime());
  });
  await audit(ctx.deps, ctx.user, ctx.user.id, 'auth.totp_disabled');
  await deleteTotp(ctx.db, ctx.user.id);
}

const badPendingToken = () =>
  new DomainError(
    401,
    'mfa_expired',
    'pendingToken: the login has expired or is unknown; log in again',
    'pendingToken',
  );

type MfaChallenge = NonNullable<Awaited<ReturnType<typeof findMfaChallenge>>>;
type Account = NonNullable<Awaited<ReturnType<typeof findUserById>>>;
type Pending =
  | { ok: true; challenge: MfaChallenge; user: Account }
  | { ok: false; refused: string; userId: string | null };

/** A pending token's live challenge and its account, or why it is refused (with the account, when known). */
async function readPending(deps: AppDeps, pendingToken: string): Promise<Pending> {
  const challenge = await findMfaChallenge(deps.db, tokenHash(pendingToken));
  if (!challenge) return { ok: false, refused: 'unknown login', userId: null };
  const userId = challenge.user_id;
  if (challenge.used_at) return { ok: false, refused: 'login already completed', userId };
  if (challenge.expires_at <= toInstant(deps.clock())) return { ok: false, refused: 'login expired', userId };
  const user = await findUserById(deps.db, userId);
  if (!user || user.status !== 'active') return { ok: false, refused: 'the account is not active', userId };
  return { ok: true, challenge, user };
}

/** The live challenge of a pending token and the email of its account (the login throttle's key), or null. */
export async function pendingLogin(deps: AppDeps, pendingToken: string) {
  const read = await readPending(deps, pendingToken);
  return read.ok ? read : null;
}

/** The second step of a login: a code (or a recovery code, used up) starts the session and uses the token up. */
export async function completeTotpLogin(
  deps: AppDeps,
  body: TotpLoginRequest,
  origin: SessionOrigin = {},
): Promise<LoginSession> {
  // A refusal names the account, when known, and no actor: the code is the proof.
  const refusal = (userId: string | null) => ({ action: 'auth.login_totp', userId });
  const pending = await readPending(deps, body.pendingToken);
  if (!pending.ok) {
    return refuseAccountAccess(
      deps,
      { ...refusal(pending.userId), detail: pending.refused },
      badPendingToken(),
    );
  }
  const { challenge, user } = pending;
  const cred = await findTotpCredential(deps.db, user.id);
  if (!cred?.secret) {
    return refuseAccountAccess(deps, { ...refusal(user.id), detail: 'two-factor is off' }, badPendingToken());
  }
  const secret = cred.secret;
  const now = deps.clock();
  await auditingRefusals(deps, refusal(user.id), async () => {
    if (!body.recoveryCode) {
      await acceptCode(deps, user.id, secret, body.code ?? '', now.getTime());
      return;
    }
    const hash = recoveryCodeHash(body.recoveryCode);
    // Used up on its own, as a code's step is (acceptCode): it stays used though the login then fails.
    if (!(await independentOfUnitOfWork(() => useRecoveryCode(deps.db, user.id, hash, toInstant(now))))) {
      throw fail.invalid('recoveryCode', 'is not one of your unused recovery codes');
    }
  });
  // The audit row before the token is used up and the session starts: they commit with it or not at all. The login
  // is proven now, so its account is the actor (a wrong code above names none: the code is the proof).
  await audit(deps, loginActor(user), user.id, 'auth.login_totp');
  if (!(await useMfaChallenge(deps.db, challenge.id, toInstant(now)))) {
    // Completed by another request meanwhile: the allowed row rolls back with it, and the refusal is written after.
    const detail = 'login completed meanwhile';
    return refuseAccountAccess(deps, { ...refusal(user.id), detail }, badPendingToken());
  }
  const token = await createSession(deps.db, deps.clock, user.id, deps.config.sessionHours, origin);
  return { token, user: await presentUser(deps.db, toInstant(now).slice(0, 10), user) };
}
