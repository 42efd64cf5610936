import type SQLite from 'better-sqlite3';
import {
  SqliteDialect,
  type CompiledQuery,
  type DatabaseConnection,
  type Driver,
  type QueryResult,
} from 'kysely';

/** Statements that change rows; they join the open group, whose commit their holder awaits on release. */
const WRITE = /^\s*(insert|update|delete|replace)\b/i;
const WRITING_CTE = /^\s*with\b[\s\S]*\b(insert|update|delete|replace)\b/i;
const isWrite = (sql: string) => WRITE.test(sql) || WRITING_CTE.test(sql);
/** Statements that must not run inside the group (a PRAGMA there may be ignored): the group commits first. */
const SCHEMA_OR_PRAGMA = /^\s*(create|drop|alter|pragma|vacuum|analyze|reindex|attach|detach)\b/i;

/** A FIFO lock: the one SQLite connection serves one caller at a time, in arrival order. */
class Lock {
  #held = false;
  #queue: (() => void)[] = [];
  acquire(): Promise<void> {
    if (!this.#held) {
      this.#held = true;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.#queue.push(resolve));
  }
  release(): void {
    const next = this.#queue.shift();
    if (next) next();
    else this.#held = false;
  }
}

/** One outer SQLite transaction shared by every write made before it commits. */
interface Group {
  committed: Promise<void>;
  settle(error?: Error): void;
}

const asError = (e: unknown): Error => (e instanceof Error ? e : new Error('the group commit failed'));

function newGroup(): Group {
  let settle!: (error?: Error) => void;
  const committed = new Promise<void>((resolve, reject) => {
    settle = (error) => (error === undefined ? resolve() : reject(error));
  });
  committed.catch(() => undefined); // a group no writer waits on must not raise an unhandled rejection
  return { committed, settle };
}

/**
 * Kysely's SQLite driver with group commit. Transactions and single writes made while a group is open run
 * inside one outer transaction, each transaction in its own savepoint (so a refusal rolls back only its
 * own work), and the group commits once, at the end of the event-loop turn in which it opened. Each writer's
 * promise settles only after that commit, so nothing is reported saved before it is durable; a failed commit
 * fails every writer of the group. Under load this turns one commit (and its WAL write) per request into one
 * per turn. Reads never wait: they see the group's writes, which commit together or not at all.
 * Schema changes and PRAGMAs commit any open group first and run on their own, as before.
 */
export class GroupCommitDriver implements Driver {
  readonly #db: SQLite.Database;
  readonly #lock = new Lock();
  #group: Group | null = null;

  constructor(db: SQLite.Database) {
    this.#db = db;
  }

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    await this.#lock.acquire();
    return new Lease(this);
  }

  beginTransaction(connection: DatabaseConnection): Promise<void> {
    this.#joinGroup();
    this.#run('savepoint tx');
    (connection as Lease).inTransaction = true;
    return Promise.resolve();
  }

  commitTransaction(connection: DatabaseConnection): Promise<void> {
    const lease = connection as Lease;
    this.#run('release tx');
    lease.inTransaction = false;
    lease.wroteIn = this.#group;
    return Promise.resolve();
  }

  rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    (connection as Lease).inTransaction = false;
    if (this.#db.inTransaction) {
      this.#run('rollback to tx');
      this.#run('release tx');
    } else {
      this.#abandonGroup(new Error('the database rolled the whole group back'));
    }
    return Promise.resolve();
  }

  /**
   * Hands the connection on, then waits for the group the holder wrote in to commit (the commit itself needs
   * the connection). Kysely resolves a query or transaction only after this, so nothing is reported saved
   * before it is durable, and a holder of several statements (`connection()`) keeps the connection throughout.
   */
  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    const lease = connection as Lease;
    this.#lock.release();
    if (lease.wroteIn) await lease.wroteIn.committed;
  }

  async destroy(): Promise<void> {
    await this.#lock.acquire();
    this.#commitGroup();
    this.#db.close();
  }

  /** Runs one statement for a lease; a write outside a transaction joins the group, awaited on release. */
  execute<R>(lease: Lease, query: CompiledQuery): Promise<QueryResult<R>> {
    const write = !lease.inTransaction && isWrite(query.sql);
    if (write) this.#joinGroup();
    else if (!lease.inTransaction && SCHEMA_OR_PRAGMA.test(query.sql)) this.#commitGroup();
    try {
      const result = runStatement<R>(this.#db, query);
      if (write) lease.wroteIn = this.#group;
      return Promise.resolve(result);
    } catch (error) {
      if (this.#group && !this.#db.inTransaction) this.#abandonGroup(error);
      return Promise.reject(asError(error));
    }
  }

  #joinGroup(): void {
    if (this.#group) return;
    this.#run('begin immediate');
    const group = newGroup();
    this.#group = group;
    setImmediate(() => void this.#flush(group));
  }

  async #flush(group: Group): Promise<void> {
    await this.#lock.acquire();
    try {
      if (this.#group === group) this.#commitGroup();
    } finally {
      this.#lock.release();
    }
  }

  #commitGroup(): void {
    const group = this.#group;
    if (!group) return;
    this.#group = null;
    try {
      this.#run('commit');
      group.settle();
    } catch (error) {
      if (this.#db.inTransaction) this.#run('rollback');
      group.settle(asError(error));
    }
  }

  #abandonGroup(error: unknown): void {
    const group = this.#group;
    this.#group = null;
    if (this.#db.inTransaction) this.#run('rollback');
    group?.settle(asError(error));
  }

  #run(sql: string): void {
    this.#db.prepare(sql).run();
  }
}

/** One holder's turn on the connection, from Kysely's acquire to its release. */
class Lease implements DatabaseConnection {
  inTransaction = false;
  /** The group this holder wrote in; its commit is awaited when the connection is released. */
  wroteIn: Group | null = null;
  constructor(private readonly driver: GroupCommitDriver) {}

  executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    return this.driver.execute<R>(this, query);
  }

  /** The clinic never streams a query; Kysely's `.stream()` is refused rather than half supported. */
  streamQuery(): never {
    throw new Error('streaming queries is not supported on this connection');
  }
}

function runStatement<R>(db: SQLite.Database, query: CompiledQuery): QueryResult<R> {
  const statement = db.prepare(query.sql);
  const parameters = query.parameters as unknown[];
  if (statement.reader) return { rows: statement.all(parameters) as R[] };
  const { changes, lastInsertRowid } = statement.run(parameters);
  return { numAffectedRows: BigInt(changes), insertId: BigInt(lastInsertRowid), rows: [] };
}

/** Kysely's SQLite dialect with the group-commit driver. */
export class GroupCommitSqliteDialect extends SqliteDialect {
  readonly #db: SQLite.Database;
  constructor(db: SQLite.Database) {
    super({ database: db });
    this.#db = db;
  }
  override createDriver(): Driver {
    return new GroupCommitDriver(this.#db);
  }
}
