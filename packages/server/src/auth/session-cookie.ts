import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../config';
import { SESSION_COOKIE } from './sessions';

/** Over HTTPS the session cookie is `__Host-` prefixed: the browser keeps it Secure, host-only and on path `/`. */
export const SECURE_SESSION_COOKIE = `__Host-${SESSION_COOKIE}`;

/** HTTPS: COOKIE_SECURE says so, or the request came over TLS (directly, or by a proxy trusted with TRUST_PROXY). */
export function overHttps(req: FastifyRequest, config: Pick<Config, 'cookieSecure'>): boolean {
  return config.cookieSecure || req.protocol === 'https';
}

function cookieName(req: FastifyRequest, config: Pick<Config, 'cookieSecure'>): string {
  return overHttps(req, config) ? SECURE_SESSION_COOKIE : SESSION_COOKIE;
}

/** The session token the browser sent, under the name for this request's scheme only. */
export function readSessionCookie(
  req: FastifyRequest,
  config: Pick<Config, 'cookieSecure'>,
): string | undefined {
  return req.cookies[cookieName(req, config)];
}

export function setSessionCookie(
  req: FastifyRequest,
  reply: FastifyReply,
  config: Pick<Config, 'cookieSecure' | 'sessionHours'>,
  token: string,
): void {
  void reply.setCookie(cookieName(req, config), token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: overHttps(req, config),
    path: '/',
    maxAge: config.sessionHours * 3600,
  });
}

export function clearSessionCookie(
  req: FastifyRequest,
  reply: FastifyReply,
  config: Pick<Config, 'cookieSecure'>,
): void {
  void reply.clearCookie(cookieName(req, config), { path: '/', secure: overHttps(req, config) });
}
