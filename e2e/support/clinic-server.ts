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
  stop(): Promise<void>;
}

/** The real clinic (built web app + API) on a fresh demo SQLite file, on a free loopback port. */
export interface ClinicOptions {
  /** Mail over a local SMTP sink (read from `mails`). */
  mail?: boolean;
  /** Clinic settings other than the defaults, e.g. `requireTotpFor`. */
  config?: Partial<Config>;
}

export async function startClinic(options: ClinicOptions = {}): Promise<ClinicServer> {
  const sink = options.mail ? await startSmtpSink() : null;
  const dataDir = mkdtempSync(join(tmpdir(), 'omt-e2e-'));
  const handle = openDatabase({ dataDir });
  await migrateToLatest(handle);
  let offsetMs = 0;
  const clock: Clock = () => new Date(Date.now() + offsetMs);
  await seedDemoIfEmpty(handle.db, clock);
  const config = {
    // Sessions never go idle here: journeys move the clock to a visit booked days ahead.
    ...loadConfig({ NODE_ENV: 'test', LOGIN_RATE_LIMIT: '1000', SESSION_IDLE_MINUTES: '0' }),
    // E2E_WEB_DIST lets parallel work build the web app elsewhere; by default the README's build output.
    webDist: process.env.E2E_WEB_DIST ?? resolve(import.meta.dirname, '../../packages/web/dist'),
    ...options.config,
  };
  // As a development start does: a key generated in the data directory seals two-factor secrets.
  config.secretKey = resolveSecretKey({ ...config, dataDir });
  const mailer = sink ? createMailer(sink.url, config.mailFrom) : null;
  const app = await buildApp({ db: handle.db, dialect: handle.dialect, config, clock, mailer });
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
    async stop() {
      await app.close();
      mailer?.close();
      await sink?.stop();
      await handle.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
