import type { FastifyInstance } from 'fastify';
import { API } from '@omt/contracts';
import type { AppDeps } from '../../context';
import { defineRoute } from '../../http/define-route';
import { SESSION_COOKIE } from '../../auth/sessions';
import { LoginThrottle } from '../../auth/login-throttle';
import { login, logout, me } from './service';

export function authRoutes(app: FastifyInstance, deps: AppDeps): void {
  // Failed logins per account (LOGIN_RATE_LIMIT) and, more loosely, per IP (LOGIN_IP_RATE_LIMIT), per minute.
  const throttle = new LoginThrottle(
    { perEmail: deps.config.loginRateLimit, perIp: deps.config.loginIpRateLimit, windowMs: 60_000 },
    () => deps.clock().getTime(),
  );
  defineRoute(app, deps, API.login, async ({ body }, _ctx, reply, req) => {
    const claim = throttle.claim(body.email, req.ip);
    if (!claim.ok) {
      void reply.header('retry-after', String(claim.retryAfterSeconds));
      throw claim.error;
    }
    const result = await login(deps, body);
    claim.succeeded();
    void reply.setCookie(SESSION_COOKIE, result.token, {
      httpOnly: true,
      sameSite: 'strict',
      secure: deps.config.cookieSecure,
      path: '/',
      maxAge: deps.config.sessionHours * 3600,
    });
    return result;
  });
  defineRoute(app, deps, API.logout, async (_input, ctx, reply) => {
    await logout(ctx);
    void reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true };
  });
  defineRoute(app, deps, API.me, async (_input, ctx) => ({ user: await me(ctx) }));
}
