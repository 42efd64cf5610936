import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** What one concern (request id, security headers, log line, metrics) does on every request and every response. */
export interface AnswerStep {
  request?: (req: FastifyRequest, reply: FastifyReply) => void;
  response?: (req: FastifyRequest, reply: FastifyReply) => void;
}

/**
 * The steps every answer passes, run by one synchronous `onRequest` hook and one `onResponse` hook instead of a hook
 * (or an async one, a promise each) per concern. A step must not throw; if one did, Fastify would answer the error.
 */
export function everyAnswer(app: FastifyInstance, steps: readonly AnswerStep[]): void {
  const onRequest = steps.flatMap((s) => (s.request ? [s.request] : []));
  const onResponse = steps.flatMap((s) => (s.response ? [s.response] : []));
  app.addHook('onRequest', (req, reply, done) => {
    for (const step of onRequest) step(req, reply);
    done();
  });
  app.addHook('onResponse', (req, reply, done) => {
    for (const step of onResponse) step(req, reply);
    done();
  });
}
