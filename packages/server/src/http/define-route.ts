import type { FastifyInstance, FastifyReply, FastifyRequest, RouteShorthandOptions } from 'fastify';
import type { Endpoint } from '@omt/contracts';
import { unitOfWork } from '@omt/db';
import type { z } from 'zod';
import { RequestContext, type AppDeps } from '../context';
import { DomainError, fail, zodIssueField } from '../errors';
import { plainIssue } from './plain-messages';
import { nulCharacterAt } from './nul-characters';
import { resolveSession } from '../auth/sessions';
import { readSessionCookie } from '../auth/session-cookie';
import { noteCaller } from './request-log';
import type { AuthUser } from '../auth/user';
import { enforceTotpEnrolment } from '../auth/totp-gate';
import { requireSameSiteChange, UNSAFE } from './same-site-changes';

type Infer<T> = T extends z.ZodType ? z.infer<T> : undefined;

export interface Parsed<E extends Endpoint> {
  params: Infer<E['params']>;
  query: Infer<E['query']>;
  body: Infer<E['body']>;
}

/** The caller of a request, from the bearer token or the session cookie (401 without one); also used by /fhir/R4. */
export async function authenticate(deps: AppDeps, req: FastifyRequest): Promise<AuthUser> {
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer ')) {
    const user = await resolveSession(
      deps.db,
      deps.clock,
      header.slice(7).trim(),
      'bearer',
      deps.config.sessionIdleMinutes,
    );
    if (user) return user;
    throw fail.unauthorized();
  }
  const cookie = readSessionCookie(req, deps.config);
  if (!cookie) throw fail.unauthorized();
  const user = await resolveSession(deps.db, deps.clock, cookie, 'cookie', deps.config.sessionIdleMinutes);
  if (!user) throw fail.unauthorized();
  requireSameSiteChange(req, deps.config.publicUrl);
  return user;
}

function parsePart<S>(schema: z.ZodType<S> | undefined, value: unknown, where: string): S | undefined {
  if (!schema) return undefined;
  const result = schema.safeParse(value ?? (where === 'body' ? {} : value));
  if (!result.success) {
    const issue = result.error.issues[0];
    const field = zodIssueField(issue, where);
    throw new DomainError(400, 'validation_failed', plainIssue(issue, field), field);
  }
  const nul = nulCharacterAt(result.data);
  if (nul) {
    const field = nul.length ? nul.join('.') : where;
    throw fail.invalid(field, 'must not contain a NUL character', 'no_nul');
  }
  return result.data;
}

/**
 * A thin route: validate against the endpoint's contract → authenticate → call the handler → send. `delivery` may
 * set how its answers are compressed (`LARGE_JSON_ANSWERS`).
 */
export function defineRoute<E extends Endpoint>(
  app: FastifyInstance,
  deps: AppDeps,
  endpoint: E,
  handler: (
    input: Parsed<E>,
    ctx: RequestContext,
    reply: FastifyReply,
    req: FastifyRequest,
  ) => Promise<z.input<E['response']> | FastifyReply | void>,
  delivery: Pick<RouteShorthandOptions, 'compress'> = {},
): void {
  app.route({
    ...delivery,
    method: endpoint.method,
    url: endpoint.path,
    ...(endpoint.bodyLimit ? { bodyLimit: endpoint.bodyLimit } : {}),
    // Synchronous (a promise less per answer); Fastify answers what `answerOf` throws as the error it is.
    preSerialization: (_req, reply, payload: unknown, done) =>
      done(null, answerOf(endpoint, reply.statusCode, payload)),
    handler: async (req, reply) => {
      const user = endpoint.auth === 'public' ? null : await authenticate(deps, req);
      if (user) noteCaller(req, user);
      if (user) await enforceTotpEnrolment(deps, user, endpoint);
      const input = {
        params: parsePart(endpoint.params, req.params, 'params'),
        query: parsePart(endpoint.query, req.query, 'query'),
        body: parsePart(endpoint.body, req.body, 'body'),
      } as Parsed<E>;
      const ctx = new RequestContext(deps, user ?? ANONYMOUS);
      // A change runs as one unit of work: its audit rows commit with it (see audit/audit.ts).
      const run = () => handler(input, ctx, reply, req);
      const result = await (UNSAFE.has(req.method) ? unitOfWork(deps.db, run) : run());
      if (!reply.sent) await reply.status(endpoint.status ?? 200).send(result);
    },
  });
}

/**
 * A success's JSON body as the contract says: parsed with the endpoint's response schema (unknown keys stripped), so
 * a handler answering the wrong shape fails (500, logged with the route) instead of sending it. Refusals (4xx/5xx)
 * have the one error shape; files and streams are not JSON and never come here.
 */
function answerOf(endpoint: Endpoint, status: number, payload: unknown): unknown {
  if (status >= 300) return payload;
  const checked = endpoint.response.safeParse(payload);
  if (checked.success) return checked.data;
  const issue = checked.error.issues[0];
  throw new Error(
    `${endpoint.method} ${endpoint.path} answered off its contract at ${issue?.path.join('.') || 'the top'}: ${issue?.message ?? ''}`,
  );
}

const ANONYMOUS: AuthUser = {
  id: '',
  email: '',
  role: 'patient',
  displayName: 'anonymous',
  credential: null,
  supervisorId: null,
  sessionId: '',
  patientIds: [],
  emailVerified: false,
  via: 'bearer',
};
