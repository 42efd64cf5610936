import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import pg from 'pg';
import { migrateToLatest, openDatabase, type DatabaseHandle } from '@omt/db';

export interface TestDatabase {
  name: 'sqlite' | 'postgres';
  /** A fresh, migrated, empty database of this kind. */
  open(): Promise<DatabaseHandle>;
  /** A fresh database with no tables yet (for tests that migrate step by step). */
  openUnmigrated(): Promise<DatabaseHandle>;
}

async function freshPostgres(migrate = true): Promise<DatabaseHandle> {
  const handle = openDatabase({ url: await freshPostgresUrl() });
  if (migrate) await migrateToLatest(handle);
  return handle;
}

/** The URL of a new, empty database on the test PostgreSQL (several handles may open it: several instances). */
export async function freshPostgresUrl(): Promise<string> {
  const adminUrl = inject('pgUrl');
  const name = `omt_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function freshSqlite(migrate = true): Promise<DatabaseHandle> {
  const handle = openDatabase({ dataDir: ':memory:' });
  if (migrate) await migrateToLatest(handle);
  return handle;
}

/** The two databases every repository and API test runs against. */
export const TEST_DATABASES: TestDatabase[] = [
  { name: 'sqlite', open: () => freshSqlite(), openUnmigrated: () => freshSqlite(false) },
  { name: 'postgres', open: () => freshPostgres(), openUnmigrated: () => freshPostgres(false) },
];
