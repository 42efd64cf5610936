import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { sql, type Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from './connection';

// The SQLite driver commits the writes of one event-loop turn together. These tests hold it to its word on
// a real database file, read back through a second, independent connection as another process would.
describe('group commit on SQLite', () => {
  let dir: string;
  let handle: DatabaseHandle;
  let db: Kysely<Record<string, Record<string, unknown>>>;
  let other: SQLite.Database;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'omt-group-'));
    handle = openDatabase({ dataDir: dir });
    db = handle.db as unknown as typeof db;
    await sql`create table items (id text primary key, note text)`.execute(db);
    await sql`create table parents (id text primary key)`.execute(db);
    await sql`create table children (id text primary key, parent_id text references parents (id) deferrable initially deferred)`.execute(
      db,
    );
    other = new SQLite(join(dir, 'omt-clinic.sqlite'), { readonly: true });
  });
  afterEach(async () => {
    other.close();
    await handle.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const seenElsewhere = (table: string) =>
    (other.prepare(`select id from ${table} order by id`).all() as { id: string }[]).map((r) => r.id);
  const insert = (id: string) => db.insertInto('items').values({ id, note: null }).execute();

  it('reports a write saved only once another connection can read it', async () => {
    await insert('a');
    expect(seenElsewhere('items')).toEqual(['a']);
    await db
      .transaction()
      .execute((trx) => trx.insertInto('items').values({ id: 'b', note: null }).execute());
    expect(seenElsewhere('items')).toEqual(['a', 'b']);
  });

  it('commits concurrent writers together, and a refused transaction takes back only its own work', async () => {
    const outcomes = await Promise.allSettled([
      insert('1'),
      db.transaction().execute(async (trx) => {
        await trx.insertInto('items').values({ id: '2', note: null }).execute();
        await trx.insertInto('items').values({ id: '3', note: null }).execute();
      }),
      db.transaction().execute(async (trx) => {
        await trx.insertInto('items').values({ id: '4', note: null }).execute();
        await trx.insertInto('items').values({ id: '1', note: 'a duplicate' }).execute();
      }),
      insert('5'),
      insert('5'),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual([
      'fulfilled',
      'fulfilled',
      'rejected',
      'fulfilled',
      'rejected',
    ]);
    expect(seenElsewhere('items')).toEqual(['1', '2', '3', '5']);
  });

  it('fails every writer of a group whose commit fails, and saves none of it', async () => {
    await db.insertInto('parents').values({ id: 'p' }).execute();
    // A deferred foreign key is checked only at commit: the orphan makes the whole group's commit fail.
    const outcomes = await Promise.allSettled([
      db.insertInto('children').values({ id: 'fine', parent_id: 'p' }).execute(),
      db.insertInto('children').values({ id: 'orphan', parent_id: 'nobody' }).execute(),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected']);
    expect(seenElsewhere('children')).toEqual([]);
    await db.insertInto('children').values({ id: 'later', parent_id: 'p' }).execute();
    expect(seenElsewhere('children')).toEqual(['later']);
  });

  it('lets reads run while a group is open and see its writes', async () => {
    const write = insert('x');
    const read = db.selectFrom('items').select('id').execute();
    expect(await read).toEqual([{ id: 'x' }]);
    await write;
    expect(seenElsewhere('items')).toEqual(['x']);
  });

  it('keeps the connection for a holder of several statements while it waits for a commit', async () => {
    let outside: Promise<unknown> = Promise.resolve();
    const seen = await db.connection().execute(async (c) => {
      await c.insertInto('items').values({ id: 'mine', note: null }).execute();
      outside = insert('theirs'); // must wait until the holder is done
      await new Promise((resolve) => setTimeout(resolve, 20));
      return c.selectFrom('items').select('id').execute();
    });
    await outside;
    expect(seen).toEqual([{ id: 'mine' }]);
    expect(seenElsewhere('items')).toEqual(['mine', 'theirs']);
  });

  it('commits an open group before a schema change, which then runs on its own', async () => {
    const write = insert('before-ddl');
    await sql`create table later (id text primary key)`.execute(db);
    expect(seenElsewhere('items')).toEqual(['before-ddl']);
    await write;
    await db.insertInto('later').values({ id: 'l' }).execute();
    expect(seenElsewhere('later')).toEqual(['l']);
  });
});
