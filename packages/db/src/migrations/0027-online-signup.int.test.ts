import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASES } from '../../../../scripts/test-support/databases';
import type { DatabaseHandle } from '../connection';
import { migrateToLatest, migrateUpTo } from '../migrate';

const AT = '2026-06-01T10:00:00Z';

describe.each(TEST_DATABASES)('migration 0027 counts existing logins as confirmed on $name', (kind) => {
  let h: DatabaseHandle;
  beforeAll(async () => {
    h = await kind.openUnmigrated();
    await migrateUpTo(h, '0026-retired-catalogue');
    // Logins and a record as the schema stood at 0026, written with plain SQL.
    await sql
      .raw(
        `insert into users (id, email, password_hash, role, display_name, created_at)
         values ('pat-user', 'pat@x.test', 'x', 'patient', 'Pat', '${AT}'),
                ('desk', 'desk@x.test', 'x', 'front_desk', 'Desk', '${AT}')`,
      )
      .execute(h.db);
    await sql
      .raw(
        `insert into patients (id, given_name, family_name, birth_date, sex, factors_json, summary, created_at)
         values ('pat', 'Pat', 'Smith', '1984-05-12', 'male', '{}', '', '${AT}')`,
      )
      .execute(h.db);
    await migrateToLatest(h);
  });
  afterAll(() => h.close());

  it('marks every existing login confirmed and leaves existing records with nothing to review', async () => {
    const users = await h.db.selectFrom('users').select(['id', 'email_verified']).orderBy('id').execute();
    expect(users).toEqual([
      { id: 'desk', email_verified: 1 },
      { id: 'pat-user', email_verified: 1 },
    ]);
    const patient = await h.db
      .selectFrom('patients')
      .select('duplicate_review_json')
      .where('id', '=', 'pat')
      .executeTakeFirstOrThrow();
    expect(patient.duplicate_review_json).toBeNull();
  });

  it('gives a login made later without saying otherwise a confirmed email (staff, CLI, demo)', async () => {
    await h.db
      .insertInto('users')
      .values({
        id: 'later',
        email: 'later@x.test',
        password_hash: 'x',
        role: 'physician',
        display_name: 'Later',
        credential: null,
        supervisor_id: null,
        created_at: AT,
        calendar_token_hash: null,
        npi: null,
      })
      .execute();
    const row = await h.db
      .selectFrom('users')
      .select('email_verified')
      .where('id', '=', 'later')
      .executeTakeFirstOrThrow();
    expect(row.email_verified).toBe(1);
  });
});
