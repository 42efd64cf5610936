import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API, type Endpoint } from '@omt/contracts';
import { TEST_DATABASES } from '../../../../scripts/test-support/databases';
import { startTestApp, type TestApp } from '../test-support/test-app';

const JUNK_BODIES: unknown[] = [
  {},
  { x: 1 },
  [],
  'text',
  42,
  null,
  { patientId: 123, start: 'tomorrow', count: -1 },
];
const JUNK_IDS = ['nope', '0', 'x'.repeat(64), '%27%20OR%201%3D1'];
const JUNK_QUERIES = [
  '',
  '?from=x&to=y',
  '?visitType=&page=-1&pageSize=100000',
  '?technique=hvla&region=moon&lang=fr',
];

/**
 * Each request to try: every endpoint with each junk id (a path without ids once), each junk query for a GET, and for
 * a change each junk body without a query and with the junkiest one (a change's query is rarely read, and the same
 * request twice proves nothing more).
 */
function junkRequests(): { method: Endpoint['method']; url: string; body?: unknown }[] {
  const requests: { method: Endpoint['method']; url: string; body?: unknown }[] = [];
  for (const e of Object.values(API) as Endpoint[]) {
    const paths = new Set(JUNK_IDS.map((id) => e.path.replace(/:(\w+)/g, id)));
    for (const path of paths) {
      if (e.method === 'GET')
        for (const q of JUNK_QUERIES) requests.push({ method: e.method, url: path + q });
      else
        for (const q of ['', JUNK_QUERIES[2]])
          for (const body of JUNK_BODIES) requests.push({ method: e.method, url: path + q, body });
    }
  }
  return requests;
}

/** Every endpoint, hit with malformed input as every role: never a 5xx (a user mistake is a 4xx). */
describe.each(TEST_DATABASES)('no 5xx from bad input on $name', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(() => t.close());

  it.each(['alex@demo.clinic', 'frontdesk@demo.clinic', 'dr.still@demo.clinic', 'admin@demo.clinic', null])(
    'as %s',
    async (email) => {
      const token = email ? await t.login(email) : null;
      const failures: string[] = [];
      for (const { method, url, body } of junkRequests()) {
        const res = await t.app.inject({
          method,
          url,
          headers: {
            ...(token ? { authorization: `Bearer ${token}` } : {}),
            'content-type': 'application/json',
          },
          ...(body !== undefined ? { payload: JSON.stringify(body) } : {}),
        });
        if (res.statusCode >= 500)
          failures.push(`${method} ${url} ${JSON.stringify(body)} → ${res.statusCode} ${res.body}`);
        else if (res.statusCode >= 400) expect(JSON.parse(res.body)).toHaveProperty('code');
      }
      expect(failures).toEqual([]);
    },
    60_000,
  );
});
