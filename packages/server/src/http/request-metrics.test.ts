import { Counter, Histogram, Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { LATENCY_BUCKETS } from './metrics';
import { RequestMetrics } from './request-metrics';

/** The answers recorded: method, route pattern, status, seconds (bucket edges, past the top, an odd label). */
const ANSWERS: [string, string, number, number][] = [
  ['GET', '/api/me', 200, 0.004],
  ['GET', '/api/me', 200, 0.1],
  ['GET', '/api/me', 401, 0.0001],
  ['POST', '/api/appointments', 201, 0.3],
  ['POST', '/api/appointments', 409, 7.5],
  ['GET', '(no route)', 404, 0.005],
  ['GET', '/x/"quoted"\\path', 200, 2.5],
];

/** What prom-client wrote for the same answers, as the app's metrics did before. */
async function promClientText(): Promise<string> {
  const registry = new Registry();
  const requests = new Counter({
    name: 'omt_http_requests_total',
    help: 'HTTP requests answered, by method, route pattern and status',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'omt_http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by method and route pattern',
    labelNames: ['method', 'route'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  for (const [method, route, status, seconds] of ANSWERS) {
    requests.inc({ method, route, status: String(status) });
    latency.observe({ method, route }, seconds);
  }
  return registry.metrics();
}

const lines = (text: string) => text.split('\n').filter(Boolean).sort();

describe('request metrics', () => {
  it('write the same Prometheus text as prom-client did for the same answers', async () => {
    const metrics = new RequestMetrics(LATENCY_BUCKETS);
    for (const [method, route, status, seconds] of ANSWERS) metrics.record(method, route, status, seconds);
    const text = metrics.exposition();
    expect(lines(text)).toEqual(lines(await promClientText()));
    expect(text).toContain(
      'omt_http_request_duration_seconds_bucket{le="0.005",method="GET",route="/api/me"} 2\n',
    );
    expect(text).toContain(
      'omt_http_request_duration_seconds_bucket{le="+Inf",method="POST",route="/api/appointments"} 2\n',
    );
    expect(text).toContain('route="/x/\\"quoted\\"\\\\path"');
  });

  it('write only the headers before any answer', () => {
    expect(lines(new RequestMetrics(LATENCY_BUCKETS).exposition())).toHaveLength(4);
  });
});
