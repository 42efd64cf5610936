import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sql } from 'kysely';
import { TEST_DATABASES } from '../../../scripts/test-support/databases';
import type { DatabaseHandle } from './connection';
import {
  afterCommit,
  afterUnitOfWork,
  independentOfUnitOfWork,
  openUnitOfWork,
  unitOfWork,
} from './unit-of-work';

describe.each(TEST_DATABASES)('a write before its unit of work opens, on $name', (kind) => {
  let handle: DatabaseHandle;
  const write = (n: number) => sql`insert into uow_probe (n) values (${n})`.execute(handle.db);
  const saved = async () =>
    (await sql<{ n: number }>`select n from uow_probe order by n`.execute(handle.db)).rows.map((r) => r.n);

  beforeEach(async () => {
    handle = await kind.open();
    await sql`create table uow_probe (n integer not null)`.execute(handle.db);
  });
  afterEach(async () => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
    await handle.close();
  });

  it('fails the unit when it opens, naming the statement (the write has committed on its own)', async () => {
    const unit = unitOfWork(handle.db, async () => {
      await write(1);
      await openUnitOfWork(handle.db);
      await write(2);
    });
    await expect(unit).rejects.toThrow(/written before its audit point.*"insert into uow_probe \(n\) values/);
    expect(await saved()).toEqual([1]);
  });

  it("catches a write in a repository's own transaction before the unit opens", async () => {
    const unit = unitOfWork(handle.db, async () => {
      await handle.db.transaction().execute(async (trx) => {
        await sql`select n from uow_probe`.execute(trx);
        await sql`update uow_probe set n = 3`.execute(trx);
      });
      await openUnitOfWork(handle.db);
    });
    await expect(unit).rejects.toThrow(/"update uow_probe set n = 3"/);
  });

  it('lets a write marked independent (or run as work after the unit) commit on its own before the opening', async () => {
    await expect(
      unitOfWork(handle.db, async () => {
        await independentOfUnitOfWork(() => write(1));
        await afterUnitOfWork(handle.db, async () => void (await write(2)));
        await openUnitOfWork(handle.db);
        await write(3);
        throw new Error('the change fails');
      }),
    ).rejects.toThrow('the change fails');
    expect(await saved()).toEqual([1, 2]);
  });

  it('runs work after the commit only when the unit ends well (never after a rollback), and at once outside one', async () => {
    const ran: string[] = [];
    const note = (what: string) => () => {
      ran.push(what);
      return Promise.resolve();
    };
    await expect(
      unitOfWork(handle.db, async () => {
        await openUnitOfWork(handle.db);
        await write(12);
        await afterCommit(handle.db, note('rolled back'));
        throw new Error('the change fails');
      }),
    ).rejects.toThrow('the change fails');
    await unitOfWork(handle.db, async () => {
      await openUnitOfWork(handle.db);
      await write(13);
      await afterCommit(handle.db, async () => void ran.push(`after the commit: ${String(await saved())}`));
      expect(ran).toEqual([]);
    });
    await afterCommit(handle.db, note('outside a unit'));
    expect(ran).toEqual(['after the commit: 13', 'outside a unit']);
  });

  it('lets reads come before the opening and writes after it, which commit with the unit', async () => {
    await unitOfWork(handle.db, async () => {
      expect(await saved()).toEqual([]);
      await openUnitOfWork(handle.db);
      await write(4);
      await openUnitOfWork(handle.db);
    });
    expect(await saved()).toEqual([4]);
  });

  it('outside tests (a clinic in production) logs the fault and goes on: the unit opens and commits', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await unitOfWork(handle.db, async () => {
      await write(5);
      await openUnitOfWork(handle.db);
      await write(6);
    });
    expect(await saved()).toEqual([5, 6]);
    expect(logged).toHaveBeenCalledOnce();
    expect(String(logged.mock.calls[0]?.[0])).toMatch(
      /written before its audit point.*insert into uow_probe/,
    );
  });

  it('fails a unit that ends having written without ever opening, naming its statements (an unaudited change)', async () => {
    const unit = unitOfWork(handle.db, async () => {
      await write(7);
      await sql`update uow_probe set n = 8`.execute(handle.db);
      return 'answered';
    });
    await expect(unit).rejects.toThrow(
      /a change made without an audit row: "insert into uow_probe \(n\) values .*", "update uow_probe set n = 8"/,
    );
    expect(await saved()).toEqual([8]);
  });

  it('lets a unit that never opens end well when its writes are marked independent, or it only read', async () => {
    await expect(
      unitOfWork(handle.db, async () => {
        await independentOfUnitOfWork(() => write(9));
        return saved();
      }),
    ).resolves.toEqual([9]);
  });

  it('leaves a failing unit its own error: its unaudited write is not this fault', async () => {
    const unit = unitOfWork(handle.db, async () => {
      await write(10);
      throw new Error('the change is refused');
    });
    await expect(unit).rejects.toThrow('the change is refused');
  });

  it("outside tests (a developer's demo start) logs an unaudited change and answers", async () => {
    vi.stubEnv('NODE_ENV', 'development');
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await expect(unitOfWork(handle.db, async () => void (await write(11)))).resolves.toBeUndefined();
    expect(await saved()).toEqual([11]);
    expect(logged).toHaveBeenCalledOnce();
    expect(String(logged.mock.calls[0]?.[0])).toMatch(
      /a change made without an audit row: "insert into uow_probe/,
    );
  });
});
