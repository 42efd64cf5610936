import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASES } from '../../../../scripts/test-support/databases';
import type { DatabaseHandle } from '../connection';
import { migrateToLatest, migrateUpTo } from '../migrate';

describe.each(TEST_DATABASES)(
  'migration 0046 gives an existing demo clinic Spanish visit types on $name',
  (kind) => {
    let h: DatabaseHandle;
    beforeAll(async () => {
      h = await kind.openUnmigrated();
      await migrateUpTo(h, '0045-exports');
      // As seeded before 0046; the clinic renamed its follow-up and added a type of its own.
      await sql
        .raw(
          `insert into visit_types (id, name, duration_minutes, requires_consultation, description) values
           ('consultation', 'Consultation (new problem)', 60, 0, 'History, examination and a plan.'),
           ('omt-follow-up', 'Follow-up treatment', 30, 1, 'Our own words.'),
           ('own', 'Sports OMT', 30, 1, 'For athletes.')`,
        )
        .execute(h.db);
      await migrateToLatest(h);
    });
    afterAll(() => h.close());

    it('fills the Spanish of a demo type as seeded, and leaves renamed and own types without', async () => {
      const rows = await h.db
        .selectFrom('visit_types')
        .select(['id', 'name', 'name_es', 'description_es'])
        .orderBy('id')
        .execute();
      expect(rows.map((r) => [r.id, r.name, r.name_es])).toEqual([
        ['consultation', 'Consultation (new problem)', 'Consulta (problema nuevo)'],
        ['omt-follow-up', 'Follow-up treatment', null],
        ['own', 'Sports OMT', null],
      ]);
      expect(rows[0]?.description_es).toMatch(/^Historia clínica/);
    });
  },
);
