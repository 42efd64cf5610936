import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TEST_DATABASES } from '../../../scripts/test-support/databases';
import type { Database, DatabaseHandle } from './connection';
import { preparedQuery } from './prepared-query';
import { unitOfWork, openUnitOfWork } from './unit-of-work';
import { insertAudit } from './repositories/audit';

const AT = '2026-06-01T12:00:00Z';
const row = (patientId: string, detail: string | null = null) => ({
  at: AT,
  user_id: null,
  role: 'physician',
  action: 'demographics.read',
  patient_id: patientId,
  resource_type: 'patient',
  resource_id: patientId,
  outcome: 'allowed',
  detail,
});

const patientAudit = preparedQuery((db: Database, patientId: string, action: string) =>
  db
    .selectFrom('audit_log')
    .select(['patient_id', 'action', 'detail'])
    .where('patient_id', '=', patientId)
    .where('action', '=', action)
    .where('outcome', '=', 'allowed')
    .orderBy('id'),
);

describe.each(TEST_DATABASES)('prepared queries on $name', (kind) => {
  let handle: DatabaseHandle;
  beforeEach(async () => {
    handle = await kind.open();
  });
  afterEach(async () => {
    await handle.close();
  });

  it('binds each call its own values, constants kept', async () => {
    await insertAudit(handle.db, [row('p1'), row('p2', 'second'), { ...row('p2'), outcome: 'denied' }]);
    expect(await patientAudit(handle.db, 'p1', 'demographics.read')).toEqual([
      { patient_id: 'p1', action: 'demographics.read', detail: null },
    ]);
    expect(await patientAudit(handle.db, 'p2', 'demographics.read')).toEqual([
      { patient_id: 'p2', action: 'demographics.read', detail: 'second' },
    ]);
    expect(await patientAudit(handle.db, 'p2', 'demographics.write')).toEqual([]);
  });

  it('writes one audit row with nulls where the row has none', async () => {
    await insertAudit(handle.db, { ...row('p3'), role: null, detail: undefined });
    await insertAudit(handle.db, [row('p4', 'a reason')]);
    const rows = await handle.db
      .selectFrom('audit_log')
      .select(['patient_id', 'role', 'detail'])
      .where('patient_id', 'in', ['p3', 'p4'])
      .orderBy('id')
      .execute();
    expect(rows.map((r) => [r.patient_id, r.role, r.detail])).toEqual([
      ['p3', null, null],
      ['p4', 'physician', 'a reason'],
    ]);
  });

  it('joins the unit of work it runs in, and rolls back with it', async () => {
    await expect(
      unitOfWork(handle.db, async () => {
        await openUnitOfWork(handle.db);
        await insertAudit(handle.db, row('p5'));
        expect(await patientAudit(handle.db, 'p5', 'demographics.read')).toHaveLength(1);
        throw new Error('the change fails');
      }),
    ).rejects.toThrow('the change fails');
    expect(await patientAudit(handle.db, 'p5', 'demographics.read')).toEqual([]);
  });

  it('refuses an argument that shapes the query instead of being bound', async () => {
    const shaped = preparedQuery((db: Database, column: string) =>
      db
        .selectFrom('audit_log')
        .select('id')
        .where('patient_id', '=', column.length > 3 ? 'long' : 'short'),
    );
    await expect(shaped(handle.db, 'p1')).rejects.toThrow(
      'argument 0 of a prepared query is not a bound value',
    );
  });
});
