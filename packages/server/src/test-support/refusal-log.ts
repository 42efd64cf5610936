/**
 * The audit log as a test of refused attempts reads it: the rows each attempt writes, looked at one attempt at a time,
 * and the one refusal an attempt must leave (naming no secret).
 */
import { expect, vi } from 'vitest';
import { tokenHash } from '../auth/sessions';
import type { TestApp } from './test-app';

/** A refused attempt's expected row: its action, the account it names (resource) and its actor, or none. */
export interface ExpectedRefusal {
  action: string;
  account: string | null;
  actor: string | null;
  detail: string | RegExp;
}

/** A reader of the audit log of `app()` that remembers how far it has looked. */
export function refusalLog(app: () => TestApp) {
  let mark = 0;
  const db = () => app().handle.db;
  /** Every audit row written since the last look (all columns), oldest first. */
  async function rowsSince(): Promise<Record<string, unknown>[]> {
    const rows = await db()
      .selectFrom('audit_log')
      .selectAll()
      .where('id', '>', mark)
      .orderBy('id')
      .execute();
    mark = Math.max(mark, ...rows.map((r) => Number(r.id)));
    return rows;
  }
  return {
    rowsSince,
    /** Forgets the rows written so far: the next look sees only what the attempt under test writes. */
    settle: async () => void (await rowsSince()),
    /** Waits until `n` rows were written since the last look (by work after the answer), without looking. */
    written: (n: number) =>
      vi.waitFor(async () => {
        const ids = await db().selectFrom('audit_log').select('id').where('id', '>', mark).execute();
        expect(ids).toHaveLength(n);
      }),
    /** Waits for a row of work after the answer (whenever written). */
    background: (action: string, detail: string | null) =>
      vi.waitFor(async () => {
        const row = await db()
          .selectFrom('audit_log')
          .select('id')
          .where('action', '=', action)
          .where('detail', detail === null ? 'is' : '=', detail)
          .executeTakeFirst();
        expect(row).toBeDefined();
      }),
    /**
     * Exactly one row was written since the last look: the refusal, naming no secret (neither it nor its hash); or,
     * with `alongside`, the refusal and allowed rows of those actions (a used code's withdrawal of its access).
     */
    expectOneRefusal: async (
      want: ExpectedRefusal,
      secrets: string[] = [],
      alongside: string[] = [],
    ): Promise<void> => {
      const all = await rowsSince();
      const rows = all.filter((r) => r.outcome === 'denied');
      const others = all.filter((r) => r.outcome !== 'denied').map((r) => r.action as string);
      expect(others.sort()).toEqual([...alongside].sort());
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({
        action: want.action,
        outcome: 'denied',
        resource_type: 'user',
        resource_id: want.account,
        user_id: want.actor,
        patient_id: null,
      });
      expect(rows[0]!.detail).toMatch(want.detail);
      const text = JSON.stringify(rows[0]);
      for (const secret of secrets) {
        expect(text).not.toContain(secret);
        expect(text).not.toContain(tokenHash(secret));
      }
    },
  };
}
