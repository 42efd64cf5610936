import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASES } from '../../../../scripts/test-support/databases';
import type { DatabaseHandle } from '../connection';
import { migrateToLatest, migrateUpTo } from '../migrate';

const AT = '2026-03-02T10:00:00.000Z';

describe.each(TEST_DATABASES)('migration 0054 lets a SMART grant name no patient on $name', (kind) => {
  let h: DatabaseHandle;
  beforeAll(async () => {
    h = await kind.openUnmigrated();
    await migrateUpTo(h, '0052-outside-observations');
    // A patient's grant as 0047 stored it, with its request and token pointing at it.
    const rows = `insert into users (id, email, password_hash, role, display_name, created_at) values
           ('u-alex', 'alex@example.test', 'x', 'patient', 'Alex', '${AT}'),
           ('u-dr', 'dr@example.test', 'x', 'physician', 'Dr', '${AT}');
         insert into patients (id, given_name, family_name, birth_date, sex, factors_json, summary, created_at)
           values ('p-alex', 'Alex', 'Rivera', '1980-01-01', 'male', '{}', '', '${AT}');
         insert into smart_apps (client_id, name, redirect_uris_json, created_by, created_at)
           values ('diary', 'Pain Diary', '[]', 'u-dr', '${AT}');
         insert into smart_grants (id, client_id, user_id, patient_id, scope, created_at)
           values ('g-alex', 'diary', 'u-alex', 'p-alex', 'patient/*.rs', '${AT}');
         insert into smart_authorizations (id, client_id, redirect_uri, scope, code_challenge, created_at, expires_at,
           grant_id) values ('a-1', 'diary', 'https://app.example/cb', 'patient/*.rs', 'c', '${AT}', '${AT}', 'g-alex');
         insert into smart_tokens (id, grant_id, kind, created_at, expires_at)
           values ('t-1', 'g-alex', 'access', '${AT}', '${AT}')`;
    for (const statement of rows.split(';')) await sql.raw(statement).execute(h.db);
    await migrateToLatest(h);
  });
  afterAll(() => h.close());

  it('keeps the grants, requests and tokens there were', async () => {
    expect(await h.db.selectFrom('smart_grants').selectAll().execute()).toEqual([
      {
        id: 'g-alex',
        client_id: 'diary',
        user_id: 'u-alex',
        patient_id: 'p-alex',
        scope: 'patient/*.rs',
        created_at: AT,
        revoked_at: null,
        staff_role: null,
      },
    ]);
    const token = await h.db.selectFrom('smart_tokens').select('grant_id').executeTakeFirst();
    expect(token?.grant_id).toBe('g-alex');
  });

  it('takes a staff grant without a patient, and still refuses a token or a patient that is not there', async () => {
    await h.db
      .insertInto('smart_grants')
      .values({
        id: 'g-dr',
        client_id: 'diary',
        user_id: 'u-dr',
        patient_id: null,
        staff_role: 'physician',
        scope: 'user/Patient.rs',
        created_at: AT,
        revoked_at: null,
      })
      .execute();
    await h.db
      .insertInto('smart_tokens')
      .values({ id: 't-2', grant_id: 'g-dr', kind: 'access', created_at: AT, expires_at: AT })
      .execute();
    await expect(
      h.db
        .insertInto('smart_tokens')
        .values({ id: 't-3', grant_id: 'no-grant', kind: 'access', created_at: AT, expires_at: AT })
        .execute(),
    ).rejects.toThrow(/foreign key/i);
    await expect(
      h.db
        .insertInto('smart_grants')
        .values({
          id: 'g-x',
          client_id: 'diary',
          user_id: 'u-dr',
          patient_id: 'no-patient',
          staff_role: null,
          scope: 'patient/*.rs',
          created_at: AT,
          revoked_at: null,
        })
        .execute(),
    ).rejects.toThrow(/foreign key/i);
  });
});
