import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorHandler } from '../errors';
import { loggerOptions, requestLog } from './request-log';
import { everyAnswer } from './every-answer';
import { TEST_DATABASES } from '../../../../scripts/test-support/databases';
import { startTestApp, type TestApp } from '../test-support/test-app';
import { logSink } from '../test-support/log-sink';
import {
  bookFollowUp,
  openEncounter,
  patientIdOf,
  submitIntake,
  treatRegions,
} from '../test-support/factories';

/** `omt_http_requests_total` for one method, route and status in a scrape (0 when absent). */
function requestCount(scrape: string, method: string, route: string, status: number): number {
  const line = scrape
    .split('\n')
    .find((l) =>
      l.startsWith(`omt_http_requests_total{method="${method}",route="${route}",status="${status}"}`),
    );
  return line ? Number(line.split(' ').pop()) : 0;
}

describe.each(TEST_DATABASES)('logs and metrics on $name', (kind) => {
  let t: TestApp;
  const sink = logSink();
  beforeAll(async () => {
    t = await startTestApp(
      kind,
      { metricsToken: 'a-token-of-sixteen+' },
      {},
      {},
      { logger: { stream: sink.stream } },
    );
  });
  afterAll(() => t.close());

  it('logs a booking, intake and signed note with request ids and without the patients’ names, emails or birth dates', async () => {
    const desk = await t.login('frontdesk@demo.clinic');
    // Searches carry names, emails and birth dates in the query string.
    for (const q of ['Rivera', 'maria@demo.clinic', '1984-05-12', 'Noah Parent']) {
      expect((await t.call(desk, 'GET', `/api/patients?q=${encodeURIComponent(q)}`)).status).toBe(200);
    }
    const alexId = await patientIdOf(t, 'alex@demo.clinic');
    expect((await t.call(desk, 'GET', `/api/patients/${alexId}`)).status).toBe(200);
    const appt = await bookFollowUp(t, 'alex@demo.clinic');
    expect((await submitIntake(t, await t.login('alex@demo.clinic'), appt.id)).status).toBe(201);
    const enc = await openEncounter(t, 'dr.still@demo.clinic', appt.id);
    await treatRegions(t, 'dr.still@demo.clinic', enc, ['lumbar']);
    const still = await t.login('dr.still@demo.clinic');
    const signed = await t.call(still, 'POST', `/api/encounters/${enc}/sign`, {
      separateEmDocumented: false,
    });
    expect(signed.status).toBe(200);
    const refused = await t.call(desk, 'POST', '/api/appointments', { patientId: alexId, visitType: 'nope' });
    expect(refused.status).toBeGreaterThanOrEqual(400);

    const patients = await t.handle.db
      .selectFrom('patients')
      .select(['given_name', 'family_name', 'birth_date', 'email'])
      .execute();
    const secrets = [
      ...patients.flatMap((p) => [p.given_name, p.family_name, p.birth_date, p.email]),
      'alex@demo.clinic',
      'maria@demo.clinic',
      'sam.parent@demo.clinic',
      'Alex Rivera',
    ].filter((s): s is string => !!s);
    expect(secrets).toContain('1984-05-12');
    const log = sink.lines.join('\n');
    for (const secret of secrets) expect(log.toLowerCase(), secret).not.toContain(secret.toLowerCase());

    const requests = sink.lines
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .filter((l) => l.msg === 'request');
    expect(requests.length).toBeGreaterThan(20);
    for (const line of requests) {
      expect(line.requestId).toEqual(expect.any(String));
      expect(line.route).toEqual(expect.any(String));
      expect(line.status).toEqual(expect.any(Number));
      expect(line.ms).toEqual(expect.any(Number));
    }
    expect(requests).toContainEqual(
      expect.objectContaining({
        method: 'POST',
        route: '/api/encounters/:id/sign',
        status: 200,
        role: 'physician',
      }),
    );
    expect(requests).toContainEqual(
      expect.objectContaining({ method: 'GET', route: '/api/patients', status: 200 }),
    );
    expect(
      requests.find((l) => l.status === refused.status && l.route === '/api/appointments'),
    ).toBeDefined();
  });

  it('keeps a well-formed x-request-id from a proxy, replaces a malformed one, and returns it', async () => {
    const kept = await t.app.inject({
      method: 'GET',
      url: '/healthz',
      headers: { 'x-request-id': 'proxy-42.a' },
    });
    expect(kept.headers['x-request-id']).toBe('proxy-42.a');
    const forged = await t.app.inject({
      method: 'GET',
      url: '/healthz',
      headers: { 'x-request-id': 'x" injected\tline' },
    });
    expect(forged.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const logged = sink.lines.map((l) => JSON.parse(l) as { requestId?: string });
    expect(logged.some((l) => l.requestId === 'proxy-42.a')).toBe(true);
    expect(logged.some((l) => l.requestId === forged.headers['x-request-id'])).toBe(true);
  });

  it('serves Prometheus metrics whose request counters move, with the job queue and the PostgreSQL pool', async () => {
    const scrape = async () => (await t.app.inject({ method: 'GET', url: '/metrics' })).body;
    const before = await scrape();
    const token = await t.login('alex@demo.clinic');
    await t.call(token, 'GET', '/api/me');
    await t.call(token, 'GET', '/api/me');
    await t.call(null, 'GET', '/api/me');
    const after = await scrape();
    expect(requestCount(after, 'GET', '/api/me', 200) - requestCount(before, 'GET', '/api/me', 200)).toBe(2);
    expect(requestCount(after, 'GET', '/api/me', 401) - requestCount(before, 'GET', '/api/me', 401)).toBe(1);
    expect(after).toMatch(
      /omt_http_request_duration_seconds_bucket\{le="0\.1",method="GET",route="\/api\/me"\} \d+/,
    );
    expect(after).toMatch(/^omt_jobs\{state="queued"\} \d+$/m);
    if (kind.name === 'postgres')
      expect(after).toMatch(/^omt_db_pool_connections\{state="total"\} [1-9]\d*$/m);
    else expect(after).not.toContain('omt_db_pool_connections');
  });

  it('serves metrics only to loopback or with the METRICS_TOKEN bearer', async () => {
    const from = (remoteAddress: string, headers: Record<string, string> = {}) =>
      t.app.inject({ method: 'GET', url: '/metrics', remoteAddress, headers });
    expect((await from('10.1.2.3')).statusCode).toBe(403);
    expect((await from('127.0.0.1', { 'x-forwarded-for': '203.0.113.9' })).statusCode).toBe(403);
    expect((await from('10.1.2.3', { authorization: 'Bearer wrong-token-of-sixteen' })).statusCode).toBe(403);
    const withToken = await from('10.1.2.3', { authorization: 'Bearer a-token-of-sixteen+' });
    expect(withToken.statusCode).toBe(200);
    expect(withToken.headers['content-type']).toContain('text/plain');
  });
});

describe('an unexpected error', () => {
  it('is logged with the request id it answers with, and without the request body', async () => {
    const sink = logSink();
    const app = Fastify(loggerOptions({ stream: sink.stream }));
    app.setErrorHandler(errorHandler);
    everyAnswer(app, [requestLog]);
    app.post('/boom', () => {
      throw new TypeError('cannot read properties of undefined');
    });
    const res = await app.inject({ method: 'POST', url: '/boom?q=Rivera', payload: { name: 'Alex Rivera' } });
    await app.close();
    expect(res.statusCode).toBe(500);
    const id = res.headers['x-request-id'];
    const lines = sink.lines.map(
      (l) => JSON.parse(l) as { requestId?: string; msg: string; err?: { type: string } },
    );
    expect(lines.find((l) => l.msg === 'unhandled error')).toMatchObject({
      requestId: id,
      err: { type: 'TypeError' },
    });
    expect(lines.find((l) => l.msg === 'request')).toMatchObject({
      requestId: id,
      route: '/boom',
      status: 500,
    });
    expect(sink.lines.join('\n')).not.toContain('Rivera');
  });
});
