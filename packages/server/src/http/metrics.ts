import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Gauge, Registry, collectDefaultMetrics } from 'prom-client';
import { countJobsByState, type PoolStats } from '@omt/db';
import type { AppDeps } from '../context';
import { routePattern } from './request-log';
import type { AnswerStep } from './every-answer';
import { RequestMetrics } from './request-metrics';

export interface MetricsOptions {
  /** PostgreSQL's connection pool, for its total, idle and waiting counts (SQLite has none). */
  dbPool?: PoolStats | undefined;
  /** Node's own process metrics (memory, CPU, event-loop lag, GC): on for a real start, off in tests. */
  processMetrics?: boolean | undefined;
}

export const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

/** Loopback, reached directly: a reverse proxy on the same host adds `x-forwarded-for`, so its requests do not count. */
function fromLoopback(req: FastifyRequest): boolean {
  const address = req.socket.remoteAddress ?? '';
  const loopback = address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.');
  return loopback && req.headers['x-forwarded-for'] === undefined;
}

function hasToken(req: FastifyRequest, token: string | undefined): boolean {
  const header = req.headers.authorization;
  if (!token || !header?.startsWith('Bearer ')) return false;
  const given = Buffer.from(header.slice(7).trim());
  const wanted = Buffer.from(token);
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}

/**
 * `GET /metrics` in Prometheus' text format: requests by route pattern and status, their latency, the job queue's
 * depth by state and PostgreSQL's pool. Only from loopback (directly) or with `Authorization: Bearer METRICS_TOKEN`.
 */
export function serveMetrics(app: FastifyInstance, deps: AppDeps, options: MetricsOptions = {}): AnswerStep {
  const registry = new Registry();
  if (options.processMetrics) collectDefaultMetrics({ register: registry });
  const requests = new RequestMetrics(LATENCY_BUCKETS);
  new Gauge({
    name: 'omt_jobs',
    help: 'Background jobs in the durable store, by state (queued and running are the queue depth)',
    labelNames: ['state'] as const,
    registers: [registry],
    async collect() {
      const counts = await countJobsByState(deps.db);
      for (const [state, n] of Object.entries(counts)) this.set({ state }, n);
    },
  });
  const pool = options.dbPool;
  if (pool) {
    new Gauge({
      name: 'omt_db_pool_connections',
      help: 'PostgreSQL pool connections: total open, idle, and requests waiting for one',
      labelNames: ['state'] as const,
      registers: [registry],
      collect() {
        this.set({ state: 'total' }, pool.totalCount);
        this.set({ state: 'idle' }, pool.idleCount);
        this.set({ state: 'waiting' }, pool.waitingCount);
      },
    });
  }

  app.get('/metrics', async (req, reply) => {
    if (!fromLoopback(req) && !hasToken(req, deps.config.metricsToken)) {
      return reply.status(403).send({
        code: 'forbidden',
        message: 'Metrics are served to loopback or with the METRICS_TOKEN bearer token.',
      });
    }
    return reply.type(registry.contentType).send(requests.exposition() + (await registry.metrics()));
  });
  return {
    response(req, reply) {
      requests.record(req.method, routePattern(req), reply.statusCode, reply.elapsedTime / 1000);
    },
  };
}
