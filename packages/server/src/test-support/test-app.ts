import { randomBytes } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { findUserByEmail, type DatabaseHandle } from '@omt/db';
import type { TestDatabase } from '../../../../scripts/test-support/databases';
import { buildApp, type BuildOptions } from '../app';
import type { AppDeps } from '../context';
import { loadConfig, type Config } from '../config';
import type { Clock } from '../clock';
import { DEMO_PASSWORD, seedDemoIfEmpty } from '../seed/demo-clinic';
import { createJobRunner, type JobRunner } from '../jobs/runner';

/** Monday 1 June 2026, 12:00 UTC: the fixed "now" of the API tests. */
export const TEST_NOW = new Date('2026-06-01T12:00:00Z');

export interface TestApp {
  app: FastifyInstance;
  handle: DatabaseHandle;
  deps: AppDeps;
  clock: { now: Date };
  /** The app's job runner: woken after each commit that enqueues mail; `runDueJobs()` runs the rest (no polling). */
  jobs: JobRunner;
  /** Bearer token for a demo login. */
  login(email: string): Promise<string>;
  /** An authenticated JSON request; returns status and parsed body. */
  call(
    token: string | null,
    method: string,
    url: string,
    body?: unknown,
  ): Promise<{ status: number; body: any; res: LightMyRequestResponse }>;
  userId(email: string): Promise<string>;
  close(): Promise<void>;
}

/** A real app on a fresh, migrated, demo-seeded database of the given kind, with a settable clock. */
export async function startTestApp(
  kind: TestDatabase,
  overrides: Partial<Config> = {},
  extra: Pick<AppDeps, 'mailer'> = {},
  /** `demo: false` starts on an empty clinic, as a production start without the demo. */
  seed: { visitToday?: boolean; demo?: boolean } = {},
  /** The app's logging and metrics options, e.g. a stream that captures the log. */
  appOptions: BuildOptions = {},
): Promise<TestApp> {
  const handle = await kind.open();
  const clock = { now: TEST_NOW };
  const clockFn: Clock = () => clock.now;
  if (seed.demo !== false) await seedDemoIfEmpty(handle.db, clockFn, seed);
  // Sessions last the longest allowed and never go idle: tests move the clock to the day of a visit booked days ahead.
  const config = {
    ...loadConfig({
      NODE_ENV: 'test',
      LOGIN_RATE_LIMIT: '1000',
      SESSION_HOURS: String(24 * 30),
      SESSION_IDLE_MINUTES: '0',
      // Each test app seals two-factor secrets with a key of its own.
      SECRET_KEY: randomBytes(32).toString('hex'),
    }),
    ...overrides,
  };
  const deps: AppDeps = {
    db: handle.db,
    dialect: handle.dialect,
    config,
    clock: clockFn,
    ...extra,
    onBackgroundError: (error) => console.error('background work failed:', error),
  };
  const jobs = createJobRunner(deps);
  deps.jobs = jobs;
  const app = await buildApp(deps, {
    logger: process.env.TEST_LOG === '1',
    dbPool: handle.pool,
    ...appOptions,
  });
  const tokens = new Map<string, string>();
  const call: TestApp['call'] = async (token, method, url, body) => {
    const res = await app.inject({
      method: method as 'GET',
      url,
      headers: token ? { authorization: `Bearer ${token}` } : {},
      ...(body !== undefined ? { payload: body as object } : {}),
    });
    const text = res.body;
    return { status: res.statusCode, body: text ? JSON.parse(text) : undefined, res };
  };
  return {
    app,
    handle,
    deps,
    clock,
    jobs,
    call,
    async login(email) {
      const cached = tokens.get(email);
      if (cached) return cached;
      const r = await call(null, 'POST', '/api/auth/login', { email, password: DEMO_PASSWORD });
      if (r.status !== 200) throw new Error(`login ${email} → ${r.status} ${JSON.stringify(r.body)}`);
      tokens.set(email, r.body.token);
      return r.body.token as string;
    },
    async userId(email) {
      const u = await findUserByEmail(handle.db, email);
      if (!u) throw new Error(`no user ${email}`);
      return u.id;
    },
    async close() {
      await jobs.stop();
      await app.close();
      await handle.close();
    },
  };
}

/** Moves the test app's clock `ms` milliseconds on. */
export function advanceClock(t: Pick<TestApp, 'clock'>, ms: number): void {
  t.clock.now = new Date(t.clock.now.getTime() + ms);
}

/** A test app (as `startTestApp`) and the bearer token of the demo login `email`. */
export async function startAppAs(kind: TestDatabase, email: string): Promise<{ t: TestApp; token: string }> {
  const t = await startTestApp(kind);
  return { t, token: await t.login(email) };
}

/** A test app (as `startTestApp`) and the front desk's login: the setup of the booking tests. */
export async function startDeskApp(kind: TestDatabase): Promise<{ t: TestApp; desk: string }> {
  const { t, token } = await startAppAs(kind, 'frontdesk@demo.clinic');
  return { t, desk: token };
}
