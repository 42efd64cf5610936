import type { FastifyInstance } from 'fastify';
import { API } from '@omt/contracts';
import type { AppDeps } from '../../context';
import { defineRoute } from '../../http/define-route';
import { LoginThrottle, loginLimitsOf } from '../../auth/login-throttle';
import { tokenHash } from '../../auth/sessions';
import { refuseIfLimited } from '../auth/routes';
import { addChild } from './children';
import { resolveDuplicateReview } from '../patients/online-registration';
import { checkSignUp, resendVerification, signUp, verifyEmail } from './service';

const SIGNUP_ANSWER =
  'Thank you. We have sent a mail to this address: open the link in it within 24 hours to confirm your email. If it does not arrive, check your spam folder or ask for a new link.';
const RESEND_ANSWER =
  'If this email has an account that is not confirmed yet, a new confirmation link is on its way; it works once, within 24 hours.';

export function signupRoutes(app: FastifyInstance, deps: AppDeps): void {
  // As for login: per email and, more loosely, per IP, per minute; every request counts.
  const throttle = new LoginThrottle(deps, 'signup', loginLimitsOf(deps.config));
  const background = (work: Promise<void>) =>
    void work.catch((error: unknown) => deps.onBackgroundError?.(error));

  defineRoute(app, deps, API.signUp, async ({ body }, _ctx, reply, req) => {
    // Refusals that look nothing up come first; the lookup, the account and the mail come after the answer, so an
    // email in use takes no longer and reads no differently.
    checkSignUp(deps, body);
    const attempt = { action: 'auth.signup', userId: null, detail: body.email };
    refuseIfLimited(await throttle.claim(body.email, req.ip, attempt), reply);
    background(signUp(deps, body));
    return { ok: true as const, message: SIGNUP_ANSWER };
  });
  defineRoute(app, deps, API.resendVerification, async ({ body }, _ctx, reply, req) => {
    const attempt = { action: 'auth.verification_resent', userId: null, detail: body.email };
    refuseIfLimited(await throttle.claim(body.email, req.ip, attempt), reply);
    background(resendVerification(deps, body.email));
    return { ok: true as const, message: RESEND_ANSWER };
  });
  defineRoute(app, deps, API.verifyEmail, async ({ body }, _ctx, reply, req) => {
    const claim = await throttle.claim(`verify-token:${tokenHash(body.token)}`, req.ip, {
      action: 'auth.email_verified',
      userId: null,
    });
    refuseIfLimited(claim, reply);
    await verifyEmail(deps, body.token);
    await claim.succeeded();
    return { ok: true as const };
  });
  defineRoute(app, deps, API.addChild, ({ body }, ctx) => addChild(ctx, body));
  defineRoute(app, deps, API.resolveDuplicateReview, ({ params, body }, ctx) =>
    resolveDuplicateReview(ctx, params.id, body.note),
  );
}
