import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { ZodError } from 'zod';
import { plainIssue, plainRefusal } from './http/plain-messages';

/** The one error model: a stable code, an HTTP status, a message naming the field and the rule. */
export class DomainError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
    /** Structured detail a client can act on (e.g. the conflicting visits of a series). */
    readonly details?: unknown,
    /** For our own faults (5xx): the underlying error, logged, never sent. */
    cause?: unknown,
  ) {
    super(message, cause === undefined ? undefined : { cause });
  }
}

export const fail = {
  /** `rule` names which of a field's rules refused it, so a client can say it in the reader's language. */
  invalid: (field: string, message: string, rule?: string) =>
    new DomainError(400, 'validation_failed', `${field}: ${message}`, field, rule ? { rule } : undefined),
  unauthorized: () => new DomainError(401, 'unauthorized', 'log in first'),
  badCredentials: () => new DomainError(401, 'invalid_credentials', 'email or password is wrong'),
  forbidden: (message = 'Your account may not do this.') => new DomainError(403, 'forbidden', message),
  notFound: (what: string) => new DomainError(404, 'not_found', `${what} not found`),
  conflict: (code: string, message: string, field?: string) => new DomainError(409, code, message, field),
  unprocessable: (code: string, message: string, field?: string) =>
    new DomainError(422, code, message, field),
};

/** The field a zod issue names; an unknown key is named itself, so the client sees which key was refused. */
export function zodIssueField(issue: ZodError['issues'][number] | undefined, where: string): string {
  const path =
    issue?.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0] ?? ''] : (issue?.path ?? []);
  return path.length ? path.map(String).join('.') : where;
}

function zodToBody(error: ZodError, where: string) {
  const issue = error.issues[0];
  const field = zodIssueField(issue, where);
  return { code: 'validation_failed', message: plainIssue(issue, field), field };
}

/** Maps every thrown error to `{code, message, field?}`; only our own faults become 5xx. */
export function errorHandler(error: unknown, request: FastifyRequest, reply: FastifyReply): void {
  if (error instanceof DomainError) {
    if (error.status >= 500) request.log.error({ err: error.cause ?? error }, error.code);
    // The one place a refusal becomes text: a field is named by its label, not its path.
    const message = plainRefusal(error.message, error.field);
    void reply
      .status(error.status)
      .send({ code: error.code, message, field: error.field, details: error.details });
    return;
  }
  if (error instanceof ZodError) {
    void reply.status(400).send(zodToBody(error, 'body'));
    return;
  }
  const fe = error as Partial<FastifyError>;
  if (typeof fe.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500) {
    const code = fe.statusCode === 429 ? 'rate_limited' : (fe.code ?? 'bad_request').toLowerCase();
    void reply.status(fe.statusCode).send({ code, message: fe.message ?? 'bad request' });
    return;
  }
  request.log.error({ err: error }, 'unhandled error');
  void reply.status(500).send({ code: 'internal', message: 'internal error' });
}
