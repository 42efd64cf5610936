import { randomUUID } from 'node:crypto';
import type { Writable } from 'node:stream';
import { LogController, type FastifyRequest, type FastifyServerOptions } from 'fastify';
import type { AuthUser } from '../auth/user';
import type { AnswerStep } from './every-answer';

/** The app's JSON log lines: on (stdout, level info), off, or at a level and/or into a stream (a test's sink). */
export type LogSetting = boolean | { stream?: Writable; level?: string };

/** A proxy's `x-request-id` is kept when it is a plain token (no spaces, quotes or line breaks to forge a log line). */
const WELL_FORMED_ID = /^[A-Za-z0-9._:@-]{1,128}$/;

/** The request id: the proxy's when well formed, else a fresh UUID. */
export function requestIdOf(req: { headers: Record<string, string | string[] | undefined> }): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && WELL_FORMED_ID.test(given) ? given : randomUUID();
}

const callers = new WeakMap<FastifyRequest, Pick<AuthUser, 'id' | 'role'>>();

/** Remembers who made the request (id and role only) for its log line. */
export function noteCaller(req: FastifyRequest, user: AuthUser): void {
  callers.set(req, { id: user.id, role: user.role });
}

/**
 * Fastify's logger options. Fastify's own request lines are off (they carry the raw URL, whose query may hold a name
 * or an email); `logRequests` writes one line per request instead. An error keeps its type, code and stack, never a
 * request or a body.
 */
export function loggerOptions(
  setting: LogSetting,
): Pick<FastifyServerOptions, 'logger' | 'genReqId' | 'logController'> {
  const base = {
    level: 'info',
    serializers: {
      err: (e: Error & { code?: unknown }) => ({
        type: e.name,
        code: e.code,
        message: e.message,
        stack: e.stack ?? '',
      }),
    },
  };
  return {
    logger: setting === false ? false : setting === true ? base : { ...base, ...setting },
    genReqId: requestIdOf,
    logController: new LogController({ requestIdLogLabel: 'requestId', disableRequestLogging: true }),
  };
}

/**
 * One line per request: method, route pattern (never the URL: its ids and query stay out), status, time taken and
 * who asked (user id and role). No bodies, names, emails, birth dates or search terms. The id goes back as
 * `x-request-id`, so a user's report can be found in the log.
 */
export const requestLog: AnswerStep = {
  request(req, reply) {
    void reply.header('x-request-id', req.id);
  },
  response(req, reply) {
    const caller = callers.get(req);
    req.log.info(
      {
        method: req.method,
        route: routePattern(req),
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime * 10) / 10,
        userId: caller?.id,
        role: caller?.role,
      },
      'request',
    );
  },
};

/** The matched route's pattern (`/api/patients/:id`), or `(no route)` for a 404 that matched none. */
export function routePattern(req: FastifyRequest): string {
  return req.routeOptions.url ?? '(no route)';
}
