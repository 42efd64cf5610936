import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { TEST_DATABASES } from '../../../../scripts/test-support/databases';
import { startDeskApp, type TestApp } from '../test-support/test-app';
import { firstSlot, patientIdOf } from '../test-support/factories';

// A booking's stored answer commits with the booking: a request that dies between the two (here the answer cannot be
// stored) leaves neither, so the retry with its key books once instead of finding its own visit in the way.
describe.each(TEST_DATABASES)('an Idempotency-Key answer commits with its change on $name', (kind) => {
  let t: TestApp;
  let desk: string;
  beforeAll(async () => {
    ({ t, desk } = await startDeskApp(kind));
  });
  afterAll(() => t.close());

  async function rejectKeyUpdates(): Promise<() => Promise<void>> {
    if (t.handle.dialect === 'sqlite') {
      await sql`create trigger reject_answer before update on idempotency_keys begin select raise(abort, 'rejected by the test'); end`.execute(
        t.handle.db,
      );
      return async () => void (await sql`drop trigger reject_answer`.execute(t.handle.db));
    }
    await sql`create function reject_answer() returns trigger language plpgsql as $$ begin raise exception 'rejected by the test'; end $$`.execute(
      t.handle.db,
    );
    await sql`create trigger reject_answer before update on idempotency_keys for each row execute function reject_answer()`.execute(
      t.handle.db,
    );
    return async () => void (await sql`drop trigger reject_answer on idempotency_keys`.execute(t.handle.db));
  }

  it('a booking whose answer is not stored is not kept; the retry with the key books it once', async () => {
    const slot = await firstSlot(t, desk, 'omt-follow-up');
    const patientId = await patientIdOf(t, 'maria@demo.clinic');
    const body = { patientId, visitType: 'omt-follow-up', ...slot };
    delete (body as { end?: string }).end;
    const send = () =>
      t.app.inject({
        method: 'POST',
        url: '/api/appointments',
        headers: { authorization: `Bearer ${desk}`, 'idempotency-key': `answer-${kind.name}` },
        payload: body,
      });
    const visits = () =>
      t.handle.db
        .selectFrom('appointments')
        .select('id')
        .where('patient_id', '=', patientId)
        .where('start_at', '=', slot.start)
        .where('status', '!=', 'cancelled')
        .execute();

    const undo = await rejectKeyUpdates();
    try {
      expect((await send()).statusCode).toBe(500);
    } finally {
      await undo();
    }
    expect(await visits()).toEqual([]);
    const retry = await send();
    expect(retry.statusCode, retry.body).toBe(201);
    expect(await visits()).toEqual([{ id: retry.json<{ id: string }>().id }]);
    expect((await send()).json()).toEqual(retry.json());
  });
});
