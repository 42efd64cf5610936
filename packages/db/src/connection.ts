import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { DB } from './schema';
import { withStatementCache } from './statement-cache';
import { registerUnitOfWork, unitOfWorkDialect } from './unit-of-work';
import { registerChannelConfig } from './notify-channel';
import { FALLBACK_AUTOCHECKPOINT_PAGES, startBackgroundCheckpoints } from './background-checkpoint';

export type DialectName = 'sqlite' | 'postgres';
export type Database = Kysely<DB>;

export interface DatabaseHandle {
  db: Database;
  dialect: DialectName;
  /** PostgreSQL's connection pool (its counts feed /metrics); SQLite has none. */
  pool?: pg.Pool;
  close(): Promise<void>;
}

export interface PoolStats {
  readonly totalCount: number;
  readonly idleCount: number;
  readonly waitingCount: number;
}

export interface DatabaseOptions {
  /** `postgres://…` selects PostgreSQL; anything else (or nothing) selects SQLite. */
  url?: string | undefined;
  /** Folder for the SQLite file (`omt-clinic.sqlite`); `:memory:` for an in-memory database. */
  dataDir?: string | undefined;
}

// PostgreSQL returns bigint (int8) as string; our only bigint is the audit id and counts.
pg.types.setTypeParser(20, (v) => Number(v));

/** Opens the clinic database: one Kysely code path over better-sqlite3 or pg. */
/** The SQLite database's file name inside the data folder. */
export const SQLITE_FILE_NAME = 'omt-clinic.sqlite';

export function openDatabase(options: DatabaseOptions): DatabaseHandle {
  const url = options.url ?? '';
  if (/^postgres(ql)?:\/\//.test(url)) {
    const pool = new pg.Pool({ connectionString: url, max: 10 });
    const dialect = unitOfWorkDialect(new PostgresDialect({ pool }));
    const db = new Kysely<DB>({ dialect });
    registerUnitOfWork(db, dialect);
    registerChannelConfig(db, { connectionString: url });
    return { db, dialect: 'postgres', pool, close: () => db.destroy() };
  }
  const dataDir = options.dataDir ?? './data';
  let file = ':memory:';
  if (dataDir !== ':memory:') {
    mkdirSync(dataDir, { recursive: true });
    file = join(dataDir, SQLITE_FILE_NAME);
  }
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  // WAL with NORMAL sync: a commit survives a crash of the process, and the file is never corrupted; only
  // the last commits before a power cut may be lost (SQLite's recommended setting for WAL).
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const checkpoints = file === ':memory:' ? null : startBackgroundCheckpoints(file);
  if (checkpoints) sqlite.pragma(`wal_autocheckpoint = ${FALLBACK_AUTOCHECKPOINT_PAGES}`);
  // Each transaction commits on its own: committing the writes of one event-loop turn together gained too little to
  // keep (bench/README.md, 'Group commit: measured, then removed').
  const wrapped = unitOfWorkDialect(new SqliteDialect({ database: withStatementCache(sqlite) }));
  const db = new Kysely<DB>({ dialect: wrapped });
  registerUnitOfWork(db, wrapped);
  return {
    db,
    dialect: 'sqlite',
    close: async () => {
      await checkpoints?.stop();
      await db.destroy();
    },
  };
}

/** True when an error is a unique/primary-key violation on either database. */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const code = (error as { code?: unknown }).code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}
