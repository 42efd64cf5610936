import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TEST_DATABASES } from '../../../../scripts/test-support/databases';
import { openSameDatabase } from '../../../../scripts/test-support/same-database';
import type { DatabaseHandle } from '../connection';
import { claimLoginFailures, giveBackLoginFailures, sweepLoginFailures } from './login-failures';

const NOW = '2026-06-01T12:00:00Z';
const ENDS = '2026-06-01T12:01:00Z';
const LATER = '2026-06-01T12:01:30Z';
const LATER_ENDS = '2026-06-01T12:02:30Z';

describe.each(TEST_DATABASES)('login failure counts on $name', (kind) => {
  let handle: DatabaseHandle;
  beforeEach(async () => {
    handle = await kind.open();
  });
  afterEach(async () => {
    await handle.close();
  });
  const rows = () =>
    handle.db.selectFrom('login_failures').select(['key', 'failures', 'ends_at']).orderBy('key').execute();
  const claim = (h: DatabaseHandle, limits: [number, number], now = NOW, ends = ENDS) =>
    claimLoginFailures(
      h.db,
      [
        { key: 'account', limit: limits[0] },
        { key: 'ip', limit: limits[1] },
      ],
      now,
      ends,
    );

  it('counts each key in its window; a key at its limit refuses and counts neither', async () => {
    expect(await claim(handle, [2, 5])).toMatchObject({
      ok: true,
      windows: [{ failures: 1 }, { failures: 1 }],
    });
    expect(await claim(handle, [2, 5])).toMatchObject({
      ok: true,
      windows: [{ failures: 2 }, { failures: 2 }],
    });
    expect(await claim(handle, [2, 5])).toMatchObject({ ok: false, refusedBy: 0, window: { ends_at: ENDS } });
    expect(await claim(handle, [5, 2])).toMatchObject({ ok: false, refusedBy: 1, window: { ends_at: ENDS } });
    // The IP refused after the account was counted: the account's count went back with it.
    expect(await rows()).toEqual([
      { key: 'account', failures: 2, ends_at: ENDS },
      { key: 'ip', failures: 2, ends_at: ENDS },
    ]);
  });

  it('restarts an ended window at one, and a give-back reaches only the window it was counted in', async () => {
    const first = await claim(handle, [1, 5]);
    expect((await claim(handle, [1, 5])).ok).toBe(false);
    const second = await claim(handle, [1, 5], ENDS, '2026-06-01T12:02:00Z');
    const restarted = { failures: 1, ends_at: '2026-06-01T12:02:00Z' };
    expect(second).toMatchObject({ ok: true, windows: [restarted, restarted] });
    if (!first.ok || !second.ok) throw new Error('claims refused');
    await giveBackLoginFailures(handle.db, first.windows);
    expect((await rows()).map((r) => r.failures)).toEqual([1, 1]);
    await giveBackLoginFailures(handle.db, second.windows);
    expect((await rows()).map((r) => r.failures)).toEqual([0, 0]);
  });

  it('sweeps ended windows only', async () => {
    await claim(handle, [5, 5]);
    await claimLoginFailures(handle.db, [{ key: 'later', limit: 5 }], LATER, LATER_ENDS);
    await sweepLoginFailures(handle.db, handle.dialect, LATER);
    expect(await rows()).toEqual([{ key: 'later', failures: 1, ends_at: LATER_ENDS }]);
  });

  it('lets exactly the limit through when 20 claims of one key race from three connection pools', async () => {
    const others = [await openSameDatabase(handle), await openSameDatabase(handle)];
    try {
      const pools = [handle, ...others];
      const results = await Promise.all(Array.from({ length: 20 }, (_, i) => claim(pools[i % 3]!, [7, 50])));
      expect(results.filter((r) => r.ok)).toHaveLength(7);
      expect(await rows()).toEqual([
        { key: 'account', failures: 7, ends_at: ENDS },
        { key: 'ip', failures: 7, ends_at: ENDS },
      ]);
    } finally {
      for (const other of others) await other.close();
    }
  });
});
