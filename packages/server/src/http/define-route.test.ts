import { Writable } from 'node:stream';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Endpoint } from '@omt/contracts';
import type { AppDeps } from '../context';
import { errorHandler } from '../errors';
import { defineRoute } from './define-route';

const Answer = z.object({ id: z.string(), count: z.number().int() });
const probe = {
  method: 'GET' as const,
  path: '/probe/:shape',
  summary: 'answers in the shape asked for',
  tag: 'test',
  auth: 'public' as const,
  params: z.object({ shape: z.enum(['right', 'extra', 'wrong']) }),
  response: Answer,
} satisfies Endpoint;

/** An app with one public route (no database is reached) whose handler answers in the shape the URL names. */
async function appWithProbe() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  const app = Fastify({ logger: { level: 'error', stream } });
  app.setErrorHandler(errorHandler);
  const answers = {
    right: { id: 'a', count: 1 },
    extra: { id: 'a', count: 1, passwordHash: 'secret' },
    wrong: { id: 'a', count: '1' },
  };
  // As a handler fed by an untyped source would: the types do not catch it, the contract check must.
  defineRoute(app, {} as AppDeps, probe, ({ params }) =>
    Promise.resolve(answers[params.shape] as z.input<typeof Answer>),
  );
  await app.ready();
  return { app, lines };
}

describe('responses pass their contract', () => {
  it('sends a right answer, strips keys the contract does not name, and fails a wrong shape with a logged 500', async () => {
    const { app, lines } = await appWithProbe();
    expect((await app.inject({ url: '/probe/right' })).json()).toEqual({ id: 'a', count: 1 });
    expect((await app.inject({ url: '/probe/extra' })).json()).toEqual({ id: 'a', count: 1 });
    const wrong = await app.inject({ url: '/probe/wrong' });
    expect(wrong.statusCode).toBe(500);
    expect(wrong.json()).toEqual({ code: 'internal', message: 'internal error' });
    expect(lines.join('')).toContain('GET /probe/:shape answered off its contract at count');
    await app.close();
  });
});
