import { AsyncLocalStorage } from 'node:async_hooks';
import {
  CompiledQuery,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  PostgresDialect,
  type QueryResult,
  type TransactionSettings,
} from 'kysely';

/**
 * A unit of work: one change request's database work, from its first audit point to its answer, in one transaction.
 *
 * `unitOfWork(db, fn)` runs fn; nothing changes until `openUnitOfWork(db)` (the audit gate calls it). From then
 * on every query made in fn's async context joins that one transaction, whichever handle it uses (a repository's
 * own `db.transaction()` becomes a savepoint in it), so the audit row, the change and anything enqueued with it
 * commit together when fn resolves, or not at all when it throws. `afterUnitOfWork(db, work)` runs work outside it:
 * at once when no transaction is open, else once it has ended (a refusal's audit row must stay when the rest
 * rolls back); `afterCommit(db, work)` runs work only once it has committed (an announcement of the change), never
 * after a rollback. Joining by async context, not by handle, also means a service that reaches for the app's handle
 * inside the unit cannot wait for the one SQLite connection its own unit holds.
 *
 * A write made in a unit before it opens commits on its own: were the audit row then to fail, the change would stay
 * unaudited. So the unit notes such writes (a WRITE statement on a connection lent while it is live and not yet
 * open), and when it opens after one, that is a fault: under tests (NODE_ENV=test) an Error naming the statement fails
 * the request and its test; anywhere else (a clinic, a developer's demo) it is logged and the request goes on, since
 * the change has committed already and failing would only drop its audit row too and tell the user it was not saved. The cure is to write the audit row first. A write meant to commit
 * on its own before the audit point (a rate-limit count, a reserved key) runs in `independentOfUnitOfWork(fn)`,
 * which only marks it: it runs where it would have; `afterUnitOfWork`'s work is marked so too.
 *
 * A unit that ends successfully having written but never opened made an unaudited change: nothing recorded who
 * did it. That is the same fault, caught at the unit's end (an Error naming the statements under tests, a log line
 * elsewhere); a unit that fails is not at fault here, its error is the request's answer. A write that
 * is rightly unaudited (an Idempotency-Key's reservation) is marked `independentOfUnitOfWork`, with the reason.
 */

interface Unit {
  driver: UnitOfWorkDriver;
  /** The transaction's connection once opened; null before, and again once ended. */
  connection: DatabaseConnection | null;
  opening: Promise<void> | null;
  ended: boolean;
  after: (() => Promise<void>)[];
  /** Work to run only once the unit has ended well (`afterCommit`). */
  committed: (() => Promise<void>)[];
  /** Nested transactions (savepoints) take turns: one at a time on the shared connection. */
  turn: Promise<void>;
  savepoints: number;
  /** Queries take turns on the one connection (pg warns of, and will refuse, overlapping queries on a client). */
  queries: Promise<unknown>;
  /** The start of each write made before the unit opened, not marked independent (see above). */
  early: string[];
}

const units = new AsyncLocalStorage<Unit>();
/** Set while writes meant to commit on their own run (`independentOfUnitOfWork`). */
const independent = new AsyncLocalStorage<boolean>();
/** Statements that change rows (as `group-commit.ts` tells them). */
const WRITE = /^\s*(insert|update|delete|replace|with\b[\s\S]*\b(insert|update|delete)\b)/i;
const drivers = new WeakMap<object, UnitOfWorkDriver>();

const raw = (connection: DatabaseConnection, text: string) =>
  connection.executeQuery(CompiledQuery.raw(text));

/** Runs a query on the unit's connection once the unit's previous query has finished. */
function onUnit<R>(unit: Unit, query: CompiledQuery): Promise<QueryResult<R>> {
  const run = unit.queries.then(() => {
    if (!unit.connection) throw new Error('a query was made after its unit of work had ended');
    return unit.connection.executeQuery<R>(query);
  });
  unit.queries = run.catch(() => undefined);
  return run;
}

/** A query or savepoint-transaction of a unit, run on the unit's connection. */
class Joined implements DatabaseConnection {
  savepoint = '';
  release: () => void = () => undefined;
  constructor(readonly unit: Unit & { connection: DatabaseConnection }) {}
  executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    if (this.savepoint || !this.unit.driver.guardWrites || !WRITE.test(query.sql)) {
      return onUnit<R>(this.unit, query);
    }
    return this.#guarded<R>(query);
  }

  /**
   * PostgreSQL aborts the whole transaction at a failed statement, so a write the caller may expect to fail (an
   * insert refused as a duplicate, caught and ignored) runs in a savepoint of its own, as it would outside a unit.
   */
  async #guarded<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    await this.#takeTurn();
    try {
      await raw(this, `savepoint ${this.savepoint}`);
      try {
        const result = await onUnit<R>(this.unit, query);
        await raw(this, `release savepoint ${this.savepoint}`);
        return result;
      } catch (error) {
        await raw(this, `rollback to savepoint ${this.savepoint}`);
        await raw(this, `release savepoint ${this.savepoint}`);
        throw error;
      }
    } finally {
      this.savepoint = '';
      this.release();
    }
  }

  /** Waits for the unit's other savepoints to end, then names this one. */
  async #takeTurn(): Promise<void> {
    const previous = this.unit.turn;
    this.unit.turn = new Promise((resolve) => (this.release = resolve));
    await previous;
    this.savepoint = `uow_${++this.unit.savepoints}`;
  }

  /** A savepoint standing for a repository's own transaction. */
  async begin(): Promise<void> {
    await this.#takeTurn();
    await raw(this, `savepoint ${this.savepoint}`);
  }
  streamQuery<R>(query: CompiledQuery, chunkSize?: number): AsyncIterableIterator<QueryResult<R>> {
    return this.unit.connection.streamQuery<R>(query, chunkSize);
  }
}

/** The app's own connection lent inside a unit not yet open: notes the unit's writes made on it (see above). */
class Watched implements DatabaseConnection {
  constructor(
    readonly inner: DatabaseConnection,
    readonly unit: Unit,
  ) {}
  executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    const { unit } = this;
    if (!unit.connection && !unit.ended && !independent.getStore() && WRITE.test(query.sql)) {
      unit.early.push(query.sql.replace(/\s+/g, ' ').trim().slice(0, 80));
    }
    return this.inner.executeQuery<R>(query);
  }
  streamQuery<R>(query: CompiledQuery, chunkSize?: number): AsyncIterableIterator<QueryResult<R>> {
    return this.inner.streamQuery<R>(query, chunkSize);
  }
}

const own = (connection: DatabaseConnection) =>
  connection instanceof Watched ? connection.inner : connection;

const joinedUnit = (driver: UnitOfWorkDriver): (Unit & { connection: DatabaseConnection }) | null => {
  const unit = units.getStore();
  return unit?.driver === driver && unit.connection
    ? (unit as Unit & { connection: DatabaseConnection })
    : null;
};

/** Wraps a dialect's driver: inside an open unit of work, connections are the unit's and transactions savepoints. */
export class UnitOfWorkDriver implements Driver {
  #init: Promise<void> | null = null;
  constructor(
    readonly inner: Driver,
    /** PostgreSQL: single writes in a unit run in a savepoint each (see Joined). */
    readonly guardWrites: boolean,
  ) {}

  /** Kysely calls this before the first connection; a unit opening first calls it too, once. */
  init(): Promise<void> {
    return (this.#init ??= this.inner.init());
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    const unit = units.getStore();
    if (unit?.driver !== this || unit.ended) return this.inner.acquireConnection();
    if (unit.connection) return new Joined(unit as Unit & { connection: DatabaseConnection });
    return new Watched(await this.inner.acquireConnection(), unit);
  }

  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    if (!(connection instanceof Joined)) return this.inner.beginTransaction(own(connection), settings);
    await connection.begin();
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    if (!(connection instanceof Joined)) return this.inner.commitTransaction(own(connection));
    try {
      await raw(connection, `release savepoint ${connection.savepoint}`);
    } finally {
      connection.release();
    }
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    if (!(connection instanceof Joined)) return this.inner.rollbackTransaction(own(connection));
    try {
      await raw(connection, `rollback to savepoint ${connection.savepoint}`);
      await raw(connection, `release savepoint ${connection.savepoint}`);
    } finally {
      connection.release();
    }
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    if (!(connection instanceof Joined)) await this.inner.releaseConnection(own(connection));
  }

  destroy(): Promise<void> {
    return this.inner.destroy();
  }
}

/** The dialect with its driver wrapped; `registerUnitOfWork` ties the Kysely instance built on it to the driver. */
export function unitOfWorkDialect(dialect: Dialect): Dialect & { driver: UnitOfWorkDriver | null } {
  const wrapped = {
    driver: null as UnitOfWorkDriver | null,
    createDriver: () =>
      (wrapped.driver = new UnitOfWorkDriver(dialect.createDriver(), dialect instanceof PostgresDialect)),
    createQueryCompiler: () => dialect.createQueryCompiler(),
    createAdapter: () => dialect.createAdapter(),
    createIntrospector: (db: Kysely<unknown>) => dialect.createIntrospector(db),
  };
  return wrapped;
}

export function registerUnitOfWork(db: object, dialect: { driver: UnitOfWorkDriver | null }): void {
  if (dialect.driver) drivers.set(db, dialect.driver);
}

/** Runs fn as one unit of work on db (see above); a unit already open on db is joined instead. */
export async function unitOfWork<T>(db: object, fn: () => Promise<T>): Promise<T> {
  const driver = drivers.get(db);
  if (!driver || joinedUnit(driver)) return fn();
  const unit: Unit = {
    driver,
    connection: null,
    opening: null,
    ended: false,
    after: [],
    committed: [],
    turn: Promise.resolve(),
    savepoints: 0,
    queries: Promise.resolve(),
    early: [],
  };
  let result: T;
  try {
    result = await units.run(unit, fn);
  } catch (error) {
    await end(unit, false);
    throw error;
  }
  await end(unit, true);
  return result;
}

/** The unit of work on db running here and not yet ended, if any. */
function liveUnit(db: object): Unit | undefined {
  const unit = units.getStore();
  return unit && unit.driver === drivers.get(db) && !unit.ended ? unit : undefined;
}

/**
 * Opens the transaction of the unit of work running here (once); outside a unit it does nothing. A write the unit
 * made before (see above) fails it here under tests, and is logged elsewhere.
 */
export async function openUnitOfWork(db: object): Promise<void> {
  const unit = liveUnit(db);
  if (!unit) return;
  unit.opening ??= (async () => {
    await unit.driver.init();
    const connection = await unit.driver.inner.acquireConnection();
    try {
      await unit.driver.inner.beginTransaction(connection, {});
    } catch (error) {
      await unit.driver.inner.releaseConnection(connection);
      throw error;
    }
    unit.connection = connection;
  })();
  await unit.opening;
  faultOf(unit, 'written before its audit point, so it committed on its own');
}

/** The unit's noted writes (see above) as a fault: thrown under tests, logged elsewhere. */
function faultOf(unit: Unit, what: string): void {
  const early = unit.early.splice(0);
  if (early.length === 0) return;
  const fault = `${what}: ${early.map((q) => `"${q}"`).join(', ')}; write the audit row first, or mark the write independentOfUnitOfWork`;
  if (process.env.NODE_ENV === 'test') throw new Error(fault);
  console.error(`unit of work: ${fault}`);
}

/**
 * Runs fn, whose writes are meant to commit on their own even inside a unit of work not yet open (a login attempt's
 * count, a reserved idempotency key): the unit does not count them as written before its audit point. It changes
 * nothing else: once the unit is open they join it like any other query.
 */
export function independentOfUnitOfWork<T>(fn: () => Promise<T>): Promise<T> {
  return independent.run(true, fn);
}

/** Whether the code running here is inside a unit of work on db (opened or not yet). */
export function inUnitOfWork(db: object): boolean {
  return liveUnit(db) !== undefined;
}

/** Runs work outside the unit of work: now when none is open here, else once it has committed or rolled back. */
export async function afterUnitOfWork(db: object, work: () => Promise<void>): Promise<void> {
  const unit = liveUnit(db);
  if (unit?.opening) unit.after.push(work);
  else await independentOfUnitOfWork(work);
}

/**
 * Runs work once the unit of work running here has ended well, its change committed; never when it or its commit
 * fails (then nothing it would announce was saved). Outside a unit it runs now. A failure of the work fails the request,
 * although its change stands: work that must not (an announcement) catches its own.
 */
export async function afterCommit(db: object, work: () => Promise<void>): Promise<void> {
  const unit = liveUnit(db);
  if (unit) unit.committed.push(work);
  else await independentOfUnitOfWork(work);
}

/** Whether the unit of work running here on db has opened its transaction: a query made now joins it. */
export function unitOfWorkOpen(db: object): boolean {
  return Boolean(liveUnit(db)?.connection);
}

async function end(unit: Unit, commit: boolean): Promise<void> {
  unit.ended = true;
  let failure: unknown = null;
  try {
    await unit.opening?.catch(() => undefined);
    await unit.queries;
    const connection = unit.connection;
    unit.connection = null;
    if (connection) {
      const { inner } = unit.driver;
      try {
        if (commit) await inner.commitTransaction(connection);
        else await inner.rollbackTransaction(connection);
      } catch (error) {
        failure = error;
        if (commit) await inner.rollbackTransaction(connection).catch(() => undefined);
      } finally {
        await inner.releaseConnection(connection);
      }
    }
  } finally {
    // The work after the unit runs outside it, on the app's own connections.
    for (const work of unit.after) {
      try {
        await units.exit(work);
      } catch (error) {
        failure ??= error;
      }
    }
  }
  // Only a change that committed is announced.
  if (commit && failure === null) {
    for (const work of unit.committed) {
      try {
        await units.exit(work);
      } catch (error) {
        failure ??= error;
      }
    }
  }
  // A failed commit, or a failure to do the work after (a refusal's audit row), fails the request.
  if (failure !== null)
    throw failure instanceof Error ? failure : new Error('the unit of work failed', { cause: failure });
  if (commit && !unit.opening) faultOf(unit, 'a change made without an audit row');
}
