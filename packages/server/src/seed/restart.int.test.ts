import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countUsers, listAppointmentViews, migrateToLatest, openDatabase } from '@omt/db';
import { seedDemoIfEmpty } from './demo-clinic';

describe('the SQLite file across a restart', () => {
  it('keeps its data, and the demo is seeded only on first start', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'omt-restart-'));
    const clock = () => new Date('2026-06-01T12:00:00Z');
    try {
      const first = openDatabase({ dataDir: dir });
      const applied = await migrateToLatest(first);
      expect(applied[0]).toBe('0001-initial');
      expect(applied).toEqual([...applied].sort());
      expect(await seedDemoIfEmpty(first.db, clock)).toBe(true);
      const users = await countUsers(first.db);
      const appts = (await listAppointmentViews(first.db, {})).length;
      await first.close();

      const second = openDatabase({ dataDir: dir });
      expect(await migrateToLatest(second)).toEqual([]);
      expect(await seedDemoIfEmpty(second.db, clock)).toBe(false);
      expect(await countUsers(second.db)).toBe(users);
      expect((await listAppointmentViews(second.db, {})).length).toBe(appts);
      expect(users).toBe(8);
      await second.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
