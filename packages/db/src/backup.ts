import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { SQLITE_FILE_NAME } from './connection';

/** Where the clinic keeps its data: a PostgreSQL URL, or the folder of its SQLite file. */
export interface DatabaseLocation {
  url?: string | undefined;
  dataDir?: string | undefined;
}

const isPostgres = (url: string | undefined): url is string => /^postgres(ql)?:\/\//.test(url ?? '');

function sqlitePath(location: DatabaseLocation): string {
  return join(location.dataDir ?? './data', SQLITE_FILE_NAME);
}

/**
 * A PostgreSQL client tool: from `PG_BIN` when set, else the one on the PATH, else the newest Debian install under
 * /usr/lib/postgresql. pg_dump must be at least as new as the server it reads.
 */
function pgTool(name: 'pg_dump' | 'pg_restore'): string {
  if (process.env.PG_BIN) return join(process.env.PG_BIN, name);
  if (spawnSync(name, ['--version']).status === 0) return name;
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => existsSync(join(root, v, 'bin', name)))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (!versions[0]) throw new Error(`${name} not found: install postgresql-client or set PG_BIN`);
  return join(root, versions[0], 'bin', name);
}

function run(tool: string, args: string[]): void {
  const result = spawnSync(tool, args, { encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`${tool} failed: ${(result.stderr || result.error?.message || '').trim()}`);
  }
}

/** Checks that a file is a whole SQLite database of this clinic (integrity and migrations table). */
function checkSqliteBackup(file: string): void {
  if (!existsSync(file)) throw new Error(`${file} does not exist`);
  const db = new SQLite(file, { readonly: true, fileMustExist: true });
  try {
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') throw new Error(`${file} is damaged: ${String(integrity)}`);
    const table = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'kysely_migration'")
      .get();
    if (!table) throw new Error(`${file} is no OMT Clinic database (it has no migrations table)`);
  } catch (error) {
    if (error instanceof Error && /not a database|file is (encrypted|not)/i.test(error.message)) {
      throw new Error(`${file} is no SQLite database`, { cause: error });
    }
    throw error;
  } finally {
    db.close();
  }
}

/**
 * Writes a consistent copy of the clinic's database to `file` while the clinic may keep running: SQLite's online
 * backup, or pg_dump's custom format (one snapshot) for PostgreSQL.
 */
export async function backupDatabase(location: DatabaseLocation, file: string): Promise<void> {
  if (isPostgres(location.url)) {
    run(pgTool('pg_dump'), ['--format=custom', '--no-owner', `--file=${file}`, `--dbname=${location.url}`]);
    return;
  }
  const source = new SQLite(sqlitePath(location), { readonly: true, fileMustExist: true });
  try {
    await source.backup(file);
  } finally {
    source.close();
  }
  checkSqliteBackup(file);
}

/**
 * Replaces the clinic's database with a backup; the clinic must be stopped (its caches would keep the old data).
 * SQLite: the file is checked first, then copied in with the backup API; PostgreSQL: pg_restore in one transaction
 * (`--clean`), so a failed restore leaves the database as it was. The next start migrates an older backup forward.
 */
export async function restoreDatabase(location: DatabaseLocation, file: string): Promise<void> {
  if (isPostgres(location.url)) {
    if (!existsSync(file)) throw new Error(`${file} does not exist`);
    run(pgTool('pg_restore'), [
      '--clean',
      '--if-exists',
      '--no-owner',
      '--single-transaction',
      '--exit-on-error',
      `--dbname=${location.url}`,
      file,
    ]);
    return;
  }
  checkSqliteBackup(file);
  const backup = new SQLite(file, { readonly: true, fileMustExist: true });
  try {
    await backup.backup(sqlitePath(location));
  } finally {
    backup.close();
  }
}
