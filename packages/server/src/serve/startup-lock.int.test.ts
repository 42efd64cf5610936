import { describe, expect, it } from 'vitest';
import { migrateToLatest, openDatabase } from '@omt/db';
import { freshPostgresUrl } from '../../../../scripts/test-support/databases';
import { systemClock } from '../clock';
import { seedDemoIfEmpty } from '../seed/demo-clinic';
import { underStartupLock } from './startup-lock';

// Several app processes (or hosts) started at once on one new PostgreSQL database each migrate and seed the demo
// at start, each through its own connection pool. The advisory lock makes them take turns: one seeds, the others
// find the clinic there. (Unlocked, both find no users and the second seed fails on the first one's rows.)
describe('starting on one PostgreSQL at once', () => {
  it('migrates and seeds the demo once however many start together', async () => {
    const url = await freshPostgresUrl();
    const handles = [openDatabase({ url }), openDatabase({ url })];
    try {
      const seeded = await Promise.all(
        handles.map((handle) =>
          underStartupLock(handle, async () => {
            await migrateToLatest(handle);
            return seedDemoIfEmpty(handle.db, systemClock);
          }),
        ),
      );
      expect(seeded.sort()).toEqual([false, true]);
      const admins = await handles[0]!.db
        .selectFrom('users')
        .select('email')
        .where('email', '=', 'admin@demo.clinic')
        .execute();
      expect(admins).toHaveLength(1);
    } finally {
      await Promise.all(handles.map((h) => h.close()));
    }
  });
});
