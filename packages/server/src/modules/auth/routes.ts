import type { FastifyInstance, FastifyRequest } from 'fastify';
import { API } from '@omt/contracts';
import type { AppDeps } from '../../context';
import { defineRoute } from '../../http/define-route';
import { SESSION_COOKIE } from '../../auth/sessions';
import { login, logout, me } from './service';

function loginKey(req: FastifyRequest): string {
  const email = (req.body as { email?: unknown } | undefined)?.email;
  return `${req.ip}|${typeof email === 'string' ? email.toLowerCase() : ''}`;
}

export function authRoutes(app: FastifyInstance, deps: AppDeps): void {
  defineRoute(
    app,
    deps,
    API.login,
    async ({ body }, _ctx, reply) => {
      const result = await login(deps, body);
      void reply.setCookie(SESSION_COOKIE, result.token, {
        httpOnly: true,
        sameSite: 'strict',
        secure: deps.config.cookieSecure,
        path: '/',
        maxAge: deps.config.sessionHours * 3600,
      });
      return result;
    },
    { rateLimit: { max: deps.config.loginRateLimit, timeWindow: '1 minute', keyGenerator: loginKey } },
  );
  defineRoute(app, deps, API.logout, async (_input, ctx, reply) => {
    await logout(ctx);
    void reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true };
  });
  defineRoute(app, deps, API.me, async (_input, ctx) => ({ user: await me(ctx) }));
}
