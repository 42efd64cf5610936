import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertSmartApp, insertSmartAuthorization, insertSmartGrant, insertSmartToken } from '@omt/db';
import { TEST_DATABASES } from '../../../../../scripts/test-support/databases';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { patientIdOf } from '../../test-support/factories';
import { purgeSmart } from './purge';

describe.each(TEST_DATABASES)('purging what SMART can no longer use on $name', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(() => t.close());

  const ids = async (table: 'smart_tokens' | 'smart_authorizations') =>
    (await t.handle.db.selectFrom(table).select('id').orderBy('id').execute()).map((r) => r.id);

  it('deletes expired tokens, unanswered requests and codes a day past their expiry; keeps the rest', async () => {
    const db = t.handle.db;
    const userId = await t.userId('alex@demo.clinic');
    await insertSmartApp(db, {
      client_id: 'app-diary',
      name: 'Pain Diary',
      redirect_uris_json: '["https://pain-diary.example/cb"]',
      created_by: await t.userId('admin@demo.clinic'),
      created_at: '2026-05-01T00:00:00Z',
    });
    await insertSmartGrant(db, {
      id: 'grant-1',
      client_id: 'app-diary',
      user_id: userId,
      patient_id: await patientIdOf(t, 'alex@demo.clinic'),
      scope: 'patient/*.rs',
      created_at: '2026-05-01T00:00:00Z',
    });
    const token = (id: string, expires: string) =>
      insertSmartToken(db, {
        id,
        grant_id: 'grant-1',
        kind: 'access',
        created_at: '2026-05-01T00:00:00Z',
        expires_at: expires,
      });
    await token('token-expired', '2026-06-01T11:00:00Z');
    await token('token-live', '2026-06-01T13:00:00Z');
    const request = (id: string, expires: string) =>
      insertSmartAuthorization(db, {
        id,
        client_id: 'app-diary',
        redirect_uri: 'https://pain-diary.example/cb',
        scope: 'patient/*.rs',
        state: null,
        code_challenge: 'x'.repeat(43),
        created_at: '2026-05-01T00:00:00Z',
        expires_at: expires,
      });
    await request('request-unanswered-expired', '2026-06-01T11:00:00Z');
    await request('request-open', '2026-06-01T12:10:00Z');
    await request('request-code-old', '2026-05-30T00:00:00Z');
    await request('request-code-recent', '2026-06-01T11:00:00Z');
    const withCode = (id: string, codeExpires: string) =>
      db
        .updateTable('smart_authorizations')
        .set({ code_hash: `hash-${id}`, code_expires_at: codeExpires, grant_id: 'grant-1' })
        .where('id', '=', id)
        .execute();
    await withCode('request-code-old', '2026-05-30T00:02:00Z'); // expired two days before now (12:00, 1 June)
    await withCode('request-code-recent', '2026-06-01T11:02:00Z'); // expired an hour ago: kept to catch a replay

    expect(await purgeSmart(t.deps)).toEqual({ tokens: 1, requests: 2 });
    expect(await ids('smart_tokens')).toEqual(['token-live']);
    expect(await ids('smart_authorizations')).toEqual(['request-code-recent', 'request-open']);
  });
});
