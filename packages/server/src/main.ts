import { countOtherActiveAdmins, migrateToLatest, openDatabase } from '@omt/db';
import { buildApp } from './app';
import { loadConfig } from './config';
import { systemClock } from './clock';
import { DEMO_LOGINS, DEMO_PASSWORD, seedDemoIfEmpty } from './seed/demo-clinic';
import { createMailer } from './mail/mailer';
import { clinicSender } from './modules/clinic-profile/profile-cache';
import { createJobRunner } from './jobs/runner';
import { resolveSecretKey } from './auth/secret-key';
import type { AppDeps } from './context';
import cluster from 'node:cluster';
import { underStartupLock } from './serve/startup-lock';
import { stopOnSignal } from './serve/shutdown';
import { isPostgresUrl, runWorkers, SQLITE_WORKERS_REFUSAL, workerSlot } from './serve/workers';

/**
 * Starts the clinic: migrate, seed the demo on first start, listen, print where to go. With WORKERS=N the primary
 * migrates and seeds, then forks N processes that share the port; on PostgreSQL the migrate-and-seed step holds an
 * advisory lock, so hosts started at once take turns. SIGTERM/SIGINT stop gracefully (serve/shutdown.ts).
 */
async function main(): Promise<void> {
  const env = loadConfig();
  // Production needs SECRET_KEY; development keeps a generated key in the data directory.
  const config = { ...env, secretKey: resolveSecretKey(env) };
  if (config.workers > 1 && !isPostgresUrl(config.databaseUrl)) throw new Error(SQLITE_WORKERS_REFUSAL);
  const handle = openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  const seeded = cluster.isPrimary
    ? await underStartupLock(handle, async () => {
        await migrateToLatest(handle);
        return config.seedDemo && (await seedDemoIfEmpty(handle.db, systemClock, { visitToday: true }));
      })
    : false;
  if (cluster.isPrimary && config.workers > 1) {
    await handle.close();
    console.log(`Starting ${config.workers} app processes on port ${config.port}`);
    runWorkers(config.workers);
    return;
  }
  const mailer = createMailer(config.smtpUrl, config.mailFrom, clinicSender(handle.db));
  const deps: AppDeps = {
    db: handle.db,
    dialect: handle.dialect,
    config,
    clock: systemClock,
    mailer,
    onBackgroundError: (error: unknown) =>
      console.error('background job failed:', error instanceof Error ? error.message : error),
  };
  // Background work (mail, reminders, waitlist expiry) is durable jobs; `jobs.stop()` stops claiming and waits for
  // the running ones (graceful shutdown calls it before closing the database).
  const jobs = createJobRunner(deps);
  deps.jobs = jobs;
  const started: { app?: Awaited<ReturnType<typeof buildApp>> } = {};
  // From here on (a signal may come while starting): stop accepting, finish the requests under way while the runner
  // finishes its running jobs, then close the database.
  stopOnSignal(async () => {
    await Promise.all([started.app?.close(), jobs.stop()]);
    mailer?.close();
    await handle.close();
  });
  // JSON log lines (no patient data) and /metrics with the process's own figures and the PostgreSQL pool.
  const app = await buildApp(deps, {
    logger: { level: config.logLevel },
    dbPool: handle.pool,
    processMetrics: true,
  });
  started.app = app;
  await jobs.start();
  await app.listen({ port: config.port, host: config.host });
  const url = `http://localhost:${config.port}`;
  const where = handle.dialect === 'sqlite' ? `SQLite in ${config.dataDir}` : 'PostgreSQL';
  if (workerSlot() > 0) return; // one worker of several: the first one prints the welcome
  console.log(`\nOMT Clinic is running at ${url}  (${where})${seeded ? ' — demo clinic seeded' : ''}`);
  if ((await countOtherActiveAdmins(handle.db, '')) === 0) {
    console.log(
      '\nNo admin yet: create the first one with\n' +
        `  OMT_PASSWORD='…' npm run cli -- create-user admin@your.clinic admin "Your Name"\n` +
        'then log in: the setup checklist leads to the first booking.',
    );
  }
  if (config.seedDemo) {
    console.log(`\nDemo logins (password ${DEMO_PASSWORD}):`);
    for (const [email, who] of DEMO_LOGINS) console.log(`  ${email.padEnd(24)} ${who}`);
  }
  console.log(
    mailer
      ? `\nMail: reminders every 5 minutes via ${new URL(config.smtpUrl ?? '').host}`
      : '\nMail: off (set SMTP_URL to send confirmations and reminders)',
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
