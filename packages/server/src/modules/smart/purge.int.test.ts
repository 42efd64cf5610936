import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertSmartApp, insertSmartAuthorization, insertSmartGrant, insertSmartToken } from '@omt/db';
import { TEST_DATABASES } from '../../../../../scripts/test-support/databases';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { patientIdOf } from '../../test-support/factories';
import { rejectInserts } from '../../test-support/reject-inserts';
import { purgeSmart } from './purge';

describe.each(TEST_DATABASES)('purging what SMART can no longer use on $name', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
    const db = t.handle.db;
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
      user_id: await t.userId('alex@demo.clinic'),
      patient_id: await patientIdOf(t, 'alex@demo.clinic'),
      scope: 'patient/*.rs',
      created_at: '2026-05-01T00:00:00Z',
    });
  });
  afterAll(() => t.close());

  const ids = async (table: 'smart_tokens' | 'smart_authorizations') =>
    (await t.handle.db.selectFrom(table).select('id').orderBy('id').execute()).map((r) => r.id);
  const purgeRows = () =>
    t.handle.db
      .selectFrom('audit_log')
      .select(['user_id', 'role', 'patient_id', 'outcome', 'detail'])
      .where('action', '=', 'smart.purge')
      .orderBy('id')
      .execute();
  const token = (id: string, expires: string) =>
    insertSmartToken(t.handle.db, {
      id,
      grant_id: 'grant-1',
      kind: 'access',
      created_at: '2026-05-01T00:00:00Z',
      expires_at: expires,
    });

  it('deletes expired tokens, unanswered requests and codes a day past their expiry; keeps the rest', async () => {
    const db = t.handle.db;
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
    // One audit row for the run, naming no user (the clinic's own housekeeping) and what it removed.
    const audited = [
      {
        user_id: null,
        role: null,
        patient_id: null,
        outcome: 'allowed',
        detail: 'expired tokens deleted: 1; expired authorization requests deleted: 2',
      },
    ];
    expect(await purgeRows()).toEqual(audited);
    // A run that finds nothing changes nothing, and writes no row.
    expect(await purgeSmart(t.deps)).toEqual({ tokens: 0, requests: 0 });
    expect(await purgeRows()).toEqual(audited);
  });

  it('deletes nothing when its audit row cannot be written: the row and the deletes commit together', async () => {
    await token('token-expired-again', '2026-06-01T11:30:00Z');
    const rowsBefore = await purgeRows();
    const undo = await rejectInserts(t, 'audit_log');
    try {
      await expect(purgeSmart(t.deps)).rejects.toMatchObject({ status: 503, code: 'audit_unavailable' });
    } finally {
      await undo();
    }
    expect(await ids('smart_tokens')).toEqual(['token-expired-again', 'token-live']);
    expect(await purgeRows()).toEqual(rowsBefore);
    expect(await purgeSmart(t.deps)).toEqual({ tokens: 1, requests: 0 });
    expect(await ids('smart_tokens')).toEqual(['token-live']);
    expect(await purgeRows()).toHaveLength(rowsBefore.length + 1);
  });
});
