import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from './connection';

// The request thread leaves checkpoints to a worker thread (it would run its own only 10,000 pages behind).
describe('background checkpoints on SQLite', () => {
  let dir: string;
  let handle: DatabaseHandle;
  const file = () => join(dir, 'omt-clinic.sqlite');

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'omt-checkpoint-'));
    handle = openDatabase({ dataDir: dir });
  });
  afterEach(async () => {
    await handle.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('copies the log into the database file without the request thread doing it', async () => {
    await sql`create table notes (id integer primary key, body text)`.execute(handle.db);
    const before = statSync(file()).size;
    const body = 'x'.repeat(1000);
    for (let i = 0; i < 40; i++) {
      await handle.db
        .insertInto('notes' as never)
        .values(Array.from({ length: 100 }, () => ({ body })))
        .execute();
    }
    // About 4 MB (1,000 pages) is now in the log, far below the request thread's own checkpoint.
    const deadline = Date.now() + 5000;
    while (statSync(file()).size < before + 3_000_000 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(statSync(file()).size).toBeGreaterThan(before + 3_000_000);
  });

  it('lets a script that opens and closes the database end normally', () => {
    const script = join(dir, 'open-close.mts');
    writeFileSync(
      script,
      `import { openDatabase } from ${JSON.stringify(join(import.meta.dirname, 'connection.ts'))};
       const handle = openDatabase({ dataDir: ${JSON.stringify(join(dir, 'script'))} });
       await handle.close();
       console.log('closed');`,
    );
    // A stop that waited on an unreferenced worker ended the process early, with exit code 13.
    const out = execFileSync(process.execPath, ['--import', 'tsx', script], { encoding: 'utf8' });
    expect(out.trim()).toBe('closed');
  });

  it('stops with the database, leaving it whole for the next start', async () => {
    await sql`create table kept (id text primary key)`.execute(handle.db);
    await sql`insert into kept (id) values ('still here')`.execute(handle.db);
    await handle.close();
    handle = openDatabase({ dataDir: dir });
    const rows = await sql<{ id: string }>`select id from kept`.execute(handle.db);
    expect(rows.rows).toEqual([{ id: 'still here' }]);
  });
});
