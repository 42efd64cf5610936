import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TEST_DATABASES } from '../../../../scripts/test-support/databases';
import { openSameDatabase } from '../../../../scripts/test-support/same-database';
import type { DatabaseHandle } from '../connection';
import { claimJobs, enqueueJob, finishJob, findJobByKey, listJobs, retryFailedJob } from './jobs';

const NOW = '2026-06-01T12:00:00Z';
const LATER = '2026-06-01T12:10:00Z';
const job = (key: string) => ({ kind: 'test', key, payload: { key }, runAt: NOW, maxAttempts: 3, now: NOW });

describe.each(TEST_DATABASES)('job store on $name', (kind) => {
  let handle: DatabaseHandle;
  beforeEach(async () => {
    handle = await kind.open();
  });
  afterEach(async () => {
    await handle.close();
  });
  const claim = (h: DatabaseHandle, owner: string, now = NOW, limit = 5) =>
    claimJobs(h.db, h.dialect, { now, owner, leaseUntil: '2026-06-01T12:05:00Z', limit });

  it('enqueues a key once, whatever state its job is in', async () => {
    expect(await enqueueJob(handle.db, job('reminder:a'))).toBe(true);
    expect(await enqueueJob(handle.db, job('reminder:a'))).toBe(false);
    const [claimed] = await claim(handle, 'r1');
    await finishJob(handle.db, claimed!.id, 'r1', { now: NOW, state: 'done' });
    expect(await enqueueJob(handle.db, job('reminder:a'))).toBe(false);
    expect(await listJobs(handle.db, ['queued', 'running', 'done', 'failed'], 10)).toHaveLength(1);
  });

  it('gives each job to one of three concurrent runners', async () => {
    for (let i = 0; i < 30; i++) await enqueueJob(handle.db, job(`k${i}`));
    const others = [await openSameDatabase(handle), await openSameDatabase(handle)];
    try {
      const runners = [handle, ...others];
      const claimed = await Promise.all(
        runners.flatMap((h, r) => Array.from({ length: 4 }, () => claim(h, `r${r}`, NOW, 3))),
      );
      const more = await Promise.all(runners.map((h, r) => claim(h, `r${r}`, NOW, 30)));
      const keys = [...claimed, ...more].flat().map((j) => j.key);
      expect(keys.sort()).toEqual(Array.from({ length: 30 }, (_, i) => `k${i}`).sort());
      expect(await claim(handle, 'r9')).toEqual([]);
    } finally {
      for (const o of others) await o.close();
    }
  });

  it('claims a running job again once its lease ran out, and refuses the old owner its finish', async () => {
    await enqueueJob(handle.db, job('crash'));
    const [first] = await claim(handle, 'crashed');
    expect(first!.attempts).toBe(1);
    expect(await claim(handle, 'other', '2026-06-01T12:04:59Z')).toEqual([]);
    const [again] = await claim(handle, 'other', LATER);
    expect(again).toMatchObject({ id: first!.id, lease_owner: 'other', attempts: 2 });
    expect(await finishJob(handle.db, first!.id, 'crashed', { now: LATER, state: 'done' })).toBe(false);
    expect(await finishJob(handle.db, first!.id, 'other', { now: LATER, state: 'done' })).toBe(true);
    expect((await findJobByKey(handle.db, 'crash'))?.state).toBe('done');
  });

  it('waits for run_at, and a retry of a failed job queues it anew', async () => {
    await enqueueJob(handle.db, { ...job('later'), runAt: LATER });
    expect(await claim(handle, 'r')).toEqual([]);
    const [j] = await claim(handle, 'r', LATER);
    await finishJob(handle.db, j!.id, 'r', { now: LATER, state: 'failed', error: 'smtp refused' });
    expect(await retryFailedJob(handle.db, j!.id, LATER)).toBe(true);
    expect(await retryFailedJob(handle.db, j!.id, LATER)).toBe(false);
    expect(await findJobByKey(handle.db, 'later')).toMatchObject({
      state: 'queued',
      attempts: 0,
      last_error: 'smtp refused',
    });
  });

  it('enqueues nothing when the transaction is rolled back', async () => {
    await expect(
      handle.db.transaction().execute(async (trx) => {
        await enqueueJob(trx, job('rolled-back'));
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await findJobByKey(handle.db, 'rolled-back')).toBeUndefined();
  });
});
