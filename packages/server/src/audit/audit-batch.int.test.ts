import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unitOfWork, type Database, type DatabaseHandle } from '@omt/db';
import { TEST_DATABASES } from '../../../../scripts/test-support/databases';
import type { AuthUser } from '../auth/user';
import { DomainError } from '../errors';
import { recordAudit, type AuditEvent } from './audit';

const clock = () => new Date('2026-06-01T12:00:00Z');
const desk = { id: 'desk', role: 'front_desk' } as AuthUser;
const read = (resourceId: string): AuditEvent => ({
  action: 'demographics.read',
  patientId: 'p1',
  resourceType: 'patient',
  resourceId,
  outcome: 'allowed',
});

describe.each(TEST_DATABASES)('audit rows outside a change on $name', (kind) => {
  let handle: DatabaseHandle;
  let inserts = 0;
  /** The same database, counting the insert statements sent through it. */
  let counted: Database;
  const rowsFor = (prefix: string) =>
    handle.db
      .selectFrom('audit_log')
      .select('resource_id')
      .where('resource_id', 'like', `${prefix}%`)
      .execute()
      .then((rows) => rows.length);

  beforeAll(async () => {
    handle = await kind.open();
    counted = handle.db.withPlugin({
      transformQuery: ({ node }) => {
        if (node.kind === 'InsertQueryNode') inserts++;
        return node;
      },
      transformResult: ({ result }) => Promise.resolve(result),
    });
  });
  afterAll(() => handle.close());

  it('reads audited in the same turn are written in one statement, each row kept', async () => {
    inserts = 0;
    await Promise.all(
      Array.from({ length: 20 }, (_, i) => recordAudit(counted, clock, desk, read(`together-${i}`))),
    );
    expect(inserts).toBe(1);
    expect(await rowsFor('together-')).toBe(20);
  });

  it('a batch that cannot be written fails every request in it with 503 and keeps none of its rows', async () => {
    const broken = { ...read('broken-0'), action: null as unknown as string };
    const results = await Promise.allSettled([
      recordAudit(counted, clock, desk, read('broken-1')),
      recordAudit(counted, clock, desk, broken),
      recordAudit(counted, clock, desk, read('broken-2')),
    ]);
    for (const result of results) {
      expect(result.status).toBe('rejected');
      const error = (result as PromiseRejectedResult).reason as DomainError;
      expect(error).toBeInstanceOf(DomainError);
      expect(error.status).toBe(503);
    }
    expect(await rowsFor('broken-')).toBe(0);
  });

  it('inside a change the allowed row still commits with it or not at all', async () => {
    await expect(
      unitOfWork(handle.db, async () => {
        await recordAudit(handle.db, clock, desk, read('change-1'));
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await rowsFor('change-')).toBe(0);
  });
});
