import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { openUnitOfWork, unitOfWork, updateClinicProfile, type DatabaseHandle } from '@omt/db';
import { TEST_DATABASES } from '../../../../../scripts/test-support/databases';
import { scheduleCatalog } from './catalog-cache';
import { clinicProfile } from '../clinic-profile/profile-cache';

// The catalogue and clinic profile caches trust a marker that triggers move. A change that is then rolled back must
// not leave a marker that a later, committed change takes again: the cache would keep the rolled-back change and miss
// the later one. On the real drivers: a request that reads its own change and then fails, and a change committed
// beside a write that fails at commit (with SQLite group commit, since removed, they shared one commit and a search
// read the change before the commit failed).
describe.each(TEST_DATABASES)('caches after a failed commit on $name', (kind) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await kind.open();
    // A foreign key checked at commit: an orphan row makes its commit fail.
    await sql`create table probe_children (id text primary key,
      location_id text references locations (id) deferrable initially deferred)`.execute(handle.db);
  });
  afterAll(() => handle.close());

  const FROM = '2026-06-01T00:00:00Z';
  const location = (id: string) =>
    handle.db
      .insertInto('locations')
      .values({ id, name: id, time_zone: 'America/New_York', address: '', phone: '' })
      .execute();
  const names = async () => (await scheduleCatalog(handle.db, FROM)).locations.map((l) => l.id).sort();

  /** In one turn: `change`, a cached read, and an orphan whose commit fails (with the change's, where they share it). */
  async function failedCommit(
    change: () => Promise<unknown>,
    read: () => Promise<unknown>,
  ): Promise<boolean> {
    const outcomes = await Promise.allSettled([
      change(),
      read(),
      handle.db
        .insertInto('probe_children' as never)
        .values({ id: 'orphan', location_id: 'nowhere' } as never)
        .execute(),
    ]);
    expect(outcomes[2]?.status).toBe('rejected');
    return outcomes[0]?.status === 'fulfilled'; // whether the change was saved all the same
  }

  it('the scheduling catalogue shows the next committed change, not the failed one', async () => {
    expect(await names()).toEqual([]);
    const saved = await failedCommit(() => location('failed-x'), names);
    await location('later-y');
    expect(await names()).toEqual(saved ? ['failed-x', 'later-y'] : ['later-y']);
  });

  it('the scheduling catalogue forgets what a failed request read of its own change', async () => {
    // A request's reads join its transaction (its unit of work): a search after its own change sees the change.
    const failing = unitOfWork(handle.db, async () => {
      await openUnitOfWork(handle.db);
      await location('rolled-back-z');
      expect(await names()).toContain('rolled-back-z');
      throw new Error('the request fails');
    });
    await expect(failing).rejects.toThrow('the request fails');
    await location('later-w');
    const after = await names();
    expect(after).toContain('later-w');
    expect(after).not.toContain('rolled-back-z');
  });

  it('the clinic profile shows the next committed save, not the failed one', async () => {
    const now = '2026-06-01T12:00:00Z';
    const fields = { address: '', phone: '', npi: null, tax_id: null, logo_type: null, logo_base64: null };
    const version = (await clinicProfile(handle.db))?.version ?? 0;
    const saved = await failedCommit(
      () => updateClinicProfile(handle.db, { ...fields, name: 'Failed X' }, version, now),
      () => clinicProfile(handle.db),
    );
    expect(
      await updateClinicProfile(
        handle.db,
        { ...fields, name: 'Later Y' },
        saved ? version + 1 : version,
        now,
      ),
    ).toBe(true);
    expect((await clinicProfile(handle.db))?.name).toBe('Later Y');
  });
});
