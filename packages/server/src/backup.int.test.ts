import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { migrateToLatest, openDatabase, type Database, type DatabaseHandle } from '@omt/db';
import type { TestDatabase } from '../../../scripts/test-support/databases';
import { arriveForVisit, bookFollowUp, openEncounter, treatRegions } from './test-support/factories';
import { startTestApp } from './test-support/test-app';

const CLI = resolve(import.meta.dirname, 'cli.ts');
const folder = mkdtempSync(join(tmpdir(), 'omt-backup-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** A clinic database the CLI can reach too: a SQLite file in a folder of its own, or a new PostgreSQL database. */
async function clinicLocation(kind: 'sqlite' | 'postgres'): Promise<{ env: Record<string, string> }> {
  if (kind === 'sqlite') return { env: { DATA_DIR: mkdtempSync(join(folder, 'data-')) } };
  const admin = new pg.Client({ connectionString: inject('pgUrl') });
  const name = `omt_backup_${randomBytes(6).toString('hex')}`;
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(inject('pgUrl'));
  url.pathname = `/${name}`;
  return { env: { DATABASE_URL: url.toString() } };
}

function open(env: Record<string, string>): DatabaseHandle {
  return openDatabase({ url: env.DATABASE_URL, dataDir: env.DATA_DIR });
}

function cli(env: Record<string, string>, ...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], {
    env: { ...process.env, NODE_ENV: 'test', ...env },
    encoding: 'utf8',
  });
}

/** Every table's row count, and a hash of every signed encounter's row: what a restore must bring back exactly. */
async function fingerprint(db: Database): Promise<{ counts: Record<string, number>; signedNotes: string }> {
  const tables = (await db.introspection.getTables()).map((t) => t.name).sort();
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const row = await sql<{ n: number | string }>`SELECT COUNT(*) AS n FROM ${sql.table(table)}`.execute(db);
    counts[table] = Number(row.rows[0]?.n);
  }
  const signed = await db
    .selectFrom('encounters')
    .selectAll()
    .where('status', '=', 'signed')
    .orderBy('id')
    .execute();
  return { counts, signedNotes: createHash('sha256').update(JSON.stringify(signed)).digest('hex') };
}

describe.each(['sqlite', 'postgres'] as const)('backup and restore on %s', (kind) => {
  it('backs up a running clinic and restores it exactly: row counts and the signed note', async () => {
    const { env } = await clinicLocation(kind);
    const database: TestDatabase = {
      name: kind,
      open: async () => {
        const handle = open(env);
        await migrateToLatest(handle);
        return handle;
      },
      openUnmigrated: () => Promise.resolve(open(env)),
    };
    const t = await startTestApp(database);
    const file = join(folder, `${kind}-${randomBytes(4).toString('hex')}.backup`);
    let before: Awaited<ReturnType<typeof fingerprint>>;
    try {
      const appt = await bookFollowUp(t, 'alex@demo.clinic');
      const enc = await openEncounter(t, 'dr.still@demo.clinic', appt.id);
      await arriveForVisit(t, appt.id);
      await treatRegions(t, 'dr.still@demo.clinic', enc, ['lumbar']);
      const still = await t.login('dr.still@demo.clinic');
      const signed = await t.call(still, 'POST', `/api/encounters/${enc}/sign`, {});
      expect(signed.status, JSON.stringify(signed.body)).toBe(200);
      before = await fingerprint(t.handle.db);
      expect(before.counts.encounters).toBe(1);

      // Online: the app is still running while the backup is taken.
      const backup = cli(env, 'backup', file);
      expect(backup.status, backup.stderr).toBe(0);
      // A change after the backup, which the restore must undo.
      await bookFollowUp(t, 'maria@demo.clinic');
      expect((await fingerprint(t.handle.db)).counts).not.toEqual(before.counts);
    } finally {
      await t.close();
    }

    const restore = cli(env, 'restore', file);
    expect(restore.status, restore.stderr).toBe(0);
    const handle = open(env);
    try {
      expect(await fingerprint(handle.db)).toEqual(before);
    } finally {
      await handle.close();
    }
  }, 120_000);

  it('refuses to restore a file that is no backup and leaves the database as it was', async () => {
    const { env } = await clinicLocation(kind);
    const handle = open(env);
    await migrateToLatest(handle);
    const before = await fingerprint(handle.db);
    await handle.close();
    const junk = join(folder, `junk-${kind}.backup`);
    writeFileSync(junk, 'this is not a database backup\n'.repeat(100));
    const refused = cli(env, 'restore', junk);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(kind === 'sqlite' ? /no SQLite database/ : /pg_restore failed/);
    const missing = cli(env, 'restore', join(folder, 'nowhere.backup'));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('does not exist');
    const after = open(env);
    try {
      expect(await fingerprint(after.db)).toEqual(before);
    } finally {
      await after.close();
    }
  }, 60_000);
});
