import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { migrateToLatest, openDatabase, type DatabaseHandle } from '@omt/db';
import { buildApp } from '../../packages/server/src/app';
import { loadConfig, type Config } from '../../packages/server/src/config';
import type { Clock } from '../../packages/server/src/clock';
import { seedDemoIfEmpty } from '../../packages/server/src/seed/demo-clinic';
import { createMailer } from '../../packages/server/src/mail/mailer';
import { createJobRunner } from '../../packages/server/src/jobs/runner';
import { clinicSender } from '../../packages/server/src/modules/clinic-profile/profile-cache';
import { resolveSecretKey } from '../../packages/server/src/auth/secret-key';
import { startSmtpSink, type SinkMessage } from '../../packages/server/src/test-support/smtp-sink';

export interface ClinicServer {
  url: string;
  app: FastifyInstance;
  handle: DatabaseHandle;
  /** Moves the server's clock (which keeps running) to `instant`, e.g. the start of a visit booked ahead. */
  travelTo(instant: string): void;
  /** The server's clock now, e.g. for a two-factor code. */
  now(): Date;
  /** What the clinic mailed, when started with `{ mail: true }` (a local SMTP sink); else always empty. */
  mails: SinkMessage[];
  /** Runs the jobs due at the server's clock now (e.g. a check-in's mail after `travelTo` its day); how many ran. */
  runDueJobs(): Promise<number>;
  stop(): Promise<void>;
}

/** The real clinic (built web app + API) on a fresh demo SQLite file, on a free loopback port. */
export interface ClinicOptions {
  /** Mail over a local SMTP sink (read from `mails`). */
  mail?: boolean;
  /** Clinic settings other than the defaults, e.g. `requireTotpFor`. */
  config?: Partial<Config>;
  /**
   * A first start without the demo: no demo data, and this admin created by `npm run cli -- create-user` (with
   * NODE_ENV=production), as a real clinic's operator does.
   */
  firstRun?: { admin: { email: string; password: string; name: string } };
}

/** Runs the operator's command that creates the first admin of a clinic started without the demo. */
function createUserWithCli(dataDir: string, admin: { email: string; password: string; name: string }): void {
  const cli = resolve(import.meta.dirname, '../../packages/server/src/cli.ts');
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', cli, 'create-user', admin.email, 'admin', admin.name],
    {
      env: { ...process.env, DATA_DIR: dataDir, NODE_ENV: 'production', OMT_PASSWORD: admin.password },
      encoding: 'utf8',
    },
  );
  if (run.status !== 0) throw new Error(`create-user failed: ${run.stderr}`);
}

export async function startClinic(options: ClinicOptions = {}): Promise<ClinicServer> {
  const sink = options.mail ? await startSmtpSink() : null;
  const dataDir = mkdtempSync(join(tmpdir(), 'omt-e2e-'));
  if (options.firstRun) createUserWithCli(dataDir, options.firstRun.admin);
  const handle = openDatabase({ dataDir });
  await migrateToLatest(handle);
  let offsetMs = 0;
  const clock: Clock = () => new Date(Date.now() + offsetMs);
  if (!options.firstRun) await seedDemoIfEmpty(handle.db, clock);
  const config = {
    // Sessions never go idle here: journeys move the clock to a visit booked days ahead.
    ...loadConfig({ NODE_ENV: 'test', LOGIN_RATE_LIMIT: '1000', SESSION_IDLE_MINUTES: '0' }),
    // E2E_WEB_DIST lets parallel work build the web app elsewhere; by default the README's build output.
    webDist: process.env.E2E_WEB_DIST ?? resolve(import.meta.dirname, '../../packages/web/dist'),
    ...options.config,
  };
  // As a development start does: a key generated in the data directory seals two-factor secrets.
  config.secretKey = resolveSecretKey({ ...config, dataDir });
  const mailer = sink ? createMailer(sink.url, config.mailFrom, clinicSender(handle.db)) : null;
  const deps = { db: handle.db, dialect: handle.dialect, config, clock, mailer };
  // The job runner sends mail when woken after a commit; unlike main.ts it does not poll or run the recurring jobs
  // (reminder scan, waitlist expiry), so a journey's moved clock expires nothing behind its back.
  const jobs = createJobRunner(deps);
  const app = await buildApp({ ...deps, jobs });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    app,
    handle,
    now: clock,
    travelTo(instant) {
      offsetMs = Math.max(offsetMs, Date.parse(instant) - Date.now());
    },
    mails: sink?.messages ?? [],
    runDueJobs: () => jobs.runDueJobs(),
    async stop() {
      await jobs.stop();
      await app.close();
      mailer?.close();
      await sink?.stop();
      await handle.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
