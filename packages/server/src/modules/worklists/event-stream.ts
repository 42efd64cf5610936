import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ServerResponse } from 'node:http';
import { LIVE_RESYNC_EVENT } from '@omt/contracts';
import type { RequestContext } from '../../context';
import { CLINICIAN_ROLES } from '../../auth/policy';
import { DomainError } from '../../errors';
import { liveEventsOf } from './live-events';

/** A comment line every 25 s keeps proxies from closing a quiet stream. */
const HEARTBEAT_MS = 25_000;
/** A stream ends after 15 minutes; the browser reconnects, so the session is checked again at least that often. */
const STREAM_MS = 15 * 60_000;

/** The open streams of each app, ended when the app closes so that closing never waits for a browser. */
const openStreams = new WeakMap<FastifyInstance, Set<ServerResponse>>();

export function endStreamsOnClose(app: FastifyInstance): void {
  const streams = new Set<ServerResponse>();
  openStreams.set(app, streams);
  app.addHook('preClose', (done) => {
    for (const s of streams) s.end();
    done();
  });
}

/**
 * `GET /api/events` for clinicians: a Server-Sent Events stream of `{kind, id}` (never patient data), and a `resync`
 * event when events may have been missed. The page refetches what it may see on each event, on a resync, on
 * reconnecting and every 60 s.
 */
export function streamEvents(ctx: RequestContext, reply: FastifyReply, req: FastifyRequest): Promise<void> {
  ctx.requireRole(...CLINICIAN_ROLES);
  if (!String(req.headers.accept ?? '').includes('text/event-stream'))
    throw new DomainError(406, 'not_acceptable', 'accept: ask for text/event-stream', 'accept');
  reply.hijack();
  const raw = reply.raw;
  raw.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
  });
  raw.write('retry: 3000\n\n');
  const streams = openStreams.get(req.server);
  streams?.add(raw);
  const unsubscribe = liveEventsOf(ctx.deps).subscribe({
    event: (event) => raw.write(`data: ${JSON.stringify(event)}\n\n`),
    // The browser dispatches only an event with data: `{}` says nothing more.
    resync: () => raw.write(`event: ${LIVE_RESYNC_EVENT}\ndata: {}\n\n`),
  });
  const heartbeat = setInterval(() => raw.write(': keep-alive\n\n'), HEARTBEAT_MS);
  const limit = setTimeout(() => raw.end(), STREAM_MS);
  raw.on('close', () => {
    clearInterval(heartbeat);
    clearTimeout(limit);
    unsubscribe();
    streams?.delete(raw);
  });
  return Promise.resolve();
}
