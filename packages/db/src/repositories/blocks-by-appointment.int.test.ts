import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { TEST_DATABASES } from '../../../../scripts/test-support/databases';
import type { DatabaseHandle } from '../connection';

// Cancelling, a no-show and a move free a visit's blocks by its id (`releaseBlocks` in appointments.ts); without an
// index on appointment_id each scanned every block of the clinic (migration 0059).
describe.each(TEST_DATABASES)("a visit's blocks found by the visit on $name", (kind) => {
  let handle: DatabaseHandle;
  beforeEach(async () => {
    handle = await kind.open();
  });
  afterEach(async () => {
    await handle.close();
  });

  it.each(['provider_blocks', 'patient_blocks', 'room_blocks'])(
    'frees %s through the index on appointment_id, not by reading every block',
    async (table) => {
      if (handle.dialect === 'postgres') await sql`set enable_seqscan = off`.execute(handle.db);
      const explain = handle.dialect === 'postgres' ? 'explain ' : 'explain query plan ';
      const plan = JSON.stringify(
        (await sql.raw(`${explain}delete from ${table} where appointment_id = 'a-visit'`).execute(handle.db))
          .rows,
      );
      expect(plan).toContain(`${table}_appointment_idx`);
    },
  );
});
