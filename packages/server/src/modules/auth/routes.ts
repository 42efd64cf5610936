import type { FastifyInstance, FastifyReply } from 'fastify';
import { API } from '@omt/contracts';
import type { AppDeps } from '../../context';
import { defineRoute } from '../../http/define-route';
import { tokenHash } from '../../auth/sessions';
import { clearSessionCookie, setSessionCookie } from '../../auth/session-cookie';
import { LoginThrottle, loginLimitsOf, type LoginClaim } from '../../auth/login-throttle';
import { ownAccountRefusal } from '../../audit/account-refusal';
import { DomainError } from '../../errors';
import { login, logout, me } from './service';
import { changePassword, forgotPassword, resetPassword } from './password-service';
import { listSessions, logoutEverywhere } from './sessions-service';
import {
  completeTotpLogin,
  disableTotp,
  enableTotp,
  pendingLogin,
  setupTotp,
  totpStatus,
} from './totp-service';

const FORGOT_ANSWER =
  'If an active account has this email, a link to reset its password is on its way; it works once, within an hour.';

/** A refused claim becomes its 429 with Retry-After. */
export function refuseIfLimited(
  claim: LoginClaim,
  reply: FastifyReply,
): asserts claim is LoginClaim & { ok: true } {
  if (claim.ok) return;
  void reply.header('retry-after', String(claim.retryAfterSeconds));
  throw claim.error;
}

/** Runs an attempt under a throttle claim; a success gives the claim back, and so do the failures `giveBack` names. */
async function throttled<T>(
  claim: LoginClaim,
  reply: FastifyReply,
  run: () => Promise<T>,
  giveBack: (error: unknown) => boolean,
): Promise<T> {
  refuseIfLimited(claim, reply);
  try {
    const result = await run();
    await claim.succeeded();
    return result;
  } catch (error) {
    if (giveBack(error)) await claim.succeeded();
    throw error;
  }
}

/** A refusal of the new password by the policy is not a guess: it does not count against the limits. */
const policyRefusal = (field: string) => (e: unknown) => e instanceof DomainError && e.field === field;

export function authRoutes(app: FastifyInstance, deps: AppDeps): void {
  // Failed logins per account (LOGIN_RATE_LIMIT) and, more loosely, per IP (LOGIN_IP_RATE_LIMIT), per minute.
  const throttle = new LoginThrottle(deps, 'login', loginLimitsOf(deps.config));
  // Reset requests and reset attempts have limits of their own, as for login: every request counts.
  const resetThrottle = new LoginThrottle(deps, 'password-reset', loginLimitsOf(deps.config));
  defineRoute(app, deps, API.login, async ({ body }, _ctx, reply, req) => {
    const claim = await throttle.claim(body.email, req.ip, {
      action: 'auth.login',
      userId: null,
      detail: body.email,
    });
    refuseIfLimited(claim, reply);
    const result = await login(deps, body, {
      userAgent: req.headers['user-agent'] ?? null,
      ip: req.ip,
    });
    await claim.succeeded();
    if ('token' in result) setSessionCookie(req, reply, deps.config, result.token);
    return result;
  });
  defineRoute(app, deps, API.loginTotp, async ({ body }, _ctx, reply, req) => {
    // A wrong code counts as a failed login of the account (of the token, when it is unknown or expired).
    const pending = await pendingLogin(deps, body.pendingToken);
    const claim = await throttle.claim(pending?.user.email ?? `mfa:${tokenHash(body.pendingToken)}`, req.ip, {
      action: 'auth.login_totp',
      userId: pending?.user.id ?? null,
    });
    const origin = { userAgent: req.headers['user-agent'] ?? null, ip: req.ip };
    const result = await throttled(
      claim,
      reply,
      () => completeTotpLogin(deps, body, origin),
      () => false,
    );
    setSessionCookie(req, reply, deps.config, result.token);
    return result;
  });
  defineRoute(app, deps, API.totpStatus, async (_input, ctx) => totpStatus(ctx));
  defineRoute(app, deps, API.totpSetup, async (_input, ctx) => setupTotp(ctx));
  defineRoute(app, deps, API.totpEnable, async ({ body }, ctx, reply, req) => {
    const claim = await throttle.claim(
      ctx.user.email,
      req.ip,
      ownAccountRefusal(ctx.user, 'auth.totp_enabled'),
    );
    return {
      recoveryCodes: await throttled(
        claim,
        reply,
        () => enableTotp(ctx, body),
        () => false,
      ),
    };
  });
  defineRoute(app, deps, API.totpDisable, async ({ body }, ctx, reply, req) => {
    const claim = await throttle.claim(
      ctx.user.email,
      req.ip,
      ownAccountRefusal(ctx.user, 'auth.totp_disabled'),
    );
    await throttled(
      claim,
      reply,
      () => disableTotp(ctx, body),
      () => false,
    );
    return { ok: true as const };
  });
  defineRoute(app, deps, API.logout, async (_input, ctx, reply, req) => {
    await logout(ctx);
    clearSessionCookie(req, reply, deps.config);
    return { ok: true as const };
  });
  defineRoute(app, deps, API.me, async (_input, ctx) => ({ user: await me(ctx) }));

  defineRoute(app, deps, API.forgotPassword, async ({ body }, _ctx, reply, req) => {
    // Every request counts. The lookup, the token and the mail happen after the answer, so a known email takes no
    // longer than an unknown one.
    const attempt = { action: 'auth.password_reset_requested', userId: null, detail: body.email };
    refuseIfLimited(await resetThrottle.claim(body.email, req.ip, attempt), reply);
    forgotPassword(deps, body.email).catch((error: unknown) => deps.onBackgroundError?.(error));
    return { ok: true as const, message: FORGOT_ANSWER };
  });
  defineRoute(app, deps, API.resetPassword, async ({ body }, _ctx, reply, req) => {
    const claim = await resetThrottle.claim(`reset-token:${tokenHash(body.token)}`, req.ip, {
      action: 'auth.password_reset',
      userId: null,
    });
    await throttled(claim, reply, () => resetPassword(deps, body), policyRefusal('password'));
    return { ok: true as const };
  });
  defineRoute(app, deps, API.changePassword, async ({ body }, ctx, reply, req) => {
    // A wrong current password counts as a failed login of the account.
    const claim = await throttle.claim(
      ctx.user.email,
      req.ip,
      ownAccountRefusal(ctx.user, 'auth.password_changed'),
    );
    await throttled(claim, reply, () => changePassword(ctx, body), policyRefusal('newPassword'));
    return { ok: true as const };
  });
  defineRoute(app, deps, API.sessions, async (_input, ctx) => ({ sessions: await listSessions(ctx) }));
  defineRoute(app, deps, API.logoutEverywhere, async ({ body }, ctx, reply, req) => {
    const ended = await logoutEverywhere(ctx, body);
    if (body.includeCurrent) clearSessionCookie(req, reply, deps.config);
    return { ended };
  });
}
