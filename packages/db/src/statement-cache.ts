import type SQLite from 'better-sqlite3';

/** How many distinct SQL texts keep a prepared statement; the oldest is dropped beyond this. */
const MAX_STATEMENTS = 500;

/**
 * The SQLite database as Kysely sees it, with each SQL text prepared once and reused. Kysely prepares every
 * query it runs; preparing costs more than running a small indexed query, so reuse roughly halves the cost
 * of a typical request. Statements are run synchronously one at a time, so sharing them is safe.
 */
export function withStatementCache(sqlite: SQLite.Database): SQLite.Database {
  const cache = new Map<string, SQLite.Statement>();
  const prepare = (source: string): SQLite.Statement => {
    const hit = cache.get(source);
    if (hit) return hit;
    const statement = sqlite.prepare(source);
    if (cache.size >= MAX_STATEMENTS) cache.delete(cache.keys().next().value as string);
    cache.set(source, statement);
    return statement;
  };
  return new Proxy(sqlite, {
    get(target, key, receiver) {
      if (key === 'prepare') return prepare;
      const value: unknown = Reflect.get(target, key, receiver);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}
