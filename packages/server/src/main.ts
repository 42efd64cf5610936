import { migrateToLatest, openDatabase } from '@omt/db';
import { buildApp } from './app';
import { loadConfig } from './config';
import { systemClock } from './clock';
import { DEMO_LOGINS, DEMO_PASSWORD, seedDemoIfEmpty } from './seed/demo-clinic';

/** Starts the clinic: migrate, seed the demo on first start, listen, print where to go. */
async function main(): Promise<void> {
  const config = loadConfig();
  const handle = openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  await migrateToLatest(handle);
  const seeded = config.seedDemo ? await seedDemoIfEmpty(handle.db, systemClock) : false;
  const app = await buildApp(
    { db: handle.db, dialect: handle.dialect, config, clock: systemClock },
    { logger: config.production },
  );
  await app.listen({ port: config.port, host: config.host });
  const url = `http://localhost:${config.port}`;
  const where = handle.dialect === 'sqlite' ? `SQLite in ${config.dataDir}` : 'PostgreSQL';
  console.log(`\nOMT Clinic is running at ${url}  (${where})${seeded ? ' — demo clinic seeded' : ''}`);
  if (config.seedDemo) {
    console.log(`\nDemo logins (password ${DEMO_PASSWORD}):`);
    for (const [email, who] of DEMO_LOGINS) console.log(`  ${email.padEnd(24)} ${who}`);
  }
  const stop = async () => {
    await app.close();
    await handle.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
