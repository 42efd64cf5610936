import type { Compilable, CompiledQuery, Kysely } from 'kysely';

const marker = (i: number) => `\u0000prepared-argument-${i}\u0000`;

/**
 * A hot query built and compiled by Kysely once per dialect, then run with new values. On a small indexed read,
 * building and compiling the query costs more than SQLite takes to run it (bench/README.md, "FHIR API"); the SQL text
 * then meets SQLite's statement cache (`statement-cache.ts`) as before. `build` names each argument (its arity counts
 * them), and each must reach the query as bound values only, never shape it (no lists, no branches on it): the first
 * compile fails otherwise.
 */
export function preparedQuery<DB, A extends (string | null)[], O>(
  build: (db: Kysely<DB>, ...args: A) => Compilable<O>,
): (db: Kysely<DB>, ...args: A) => Promise<O[]> {
  const arity = build.length - 1;
  const markers = Array.from({ length: arity }, (_, i) => marker(i));
  // Per dialect adapter, so a transaction's handle reuses what the app's handle compiled.
  const compiled = new WeakMap<object, { query: CompiledQuery<O>; slots: number[] }>();
  const prepare = (db: Kysely<DB>) => {
    const query = build(db, ...(markers as A)).compile();
    const slots = query.parameters.map((p) => (typeof p === 'string' ? markers.indexOf(p) : -1));
    markers.forEach((_, i) => {
      if (!slots.includes(i)) throw new Error(`argument ${i} of a prepared query is not a bound value`);
    });
    return { query, slots };
  };
  return async (db, ...args) => {
    const adapter = db.getExecutor().adapter;
    let entry = compiled.get(adapter);
    if (!entry) compiled.set(adapter, (entry = prepare(db)));
    const { query, slots } = entry;
    const parameters = query.parameters.map((p, k) => (slots[k]! < 0 ? p : args[slots[k]!]));
    return (await db.executeQuery<O>({ ...query, parameters })).rows;
  };
}
