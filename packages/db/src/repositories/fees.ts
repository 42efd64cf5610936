import type { Insertable, Selectable } from 'kysely';
import type { Database } from '../connection';
import type { FeeTable } from '../schema';

export type FeeRow = Selectable<FeeTable>;

/** Every fee ever set, oldest first, with the name of who set it (the schedule and its history). */
export function listFees(db: Database) {
  return db
    .selectFrom('fees')
    .innerJoin('users', 'users.id', 'fees.created_by')
    .selectAll('fees')
    .select('users.display_name as created_by_name')
    .orderBy('fees.code')
    .orderBy('fees.effective_from')
    .orderBy('fees.id')
    .execute();
}

/** The fees of some codes that apply on or before a day (what a superbill of that day can use). */
export function listFeesUpTo(db: Database, codes: readonly string[], date: string) {
  if (codes.length === 0) return Promise.resolve([] as FeeRow[]);
  return db
    .selectFrom('fees')
    .selectAll()
    .where('code', 'in', codes)
    .where('effective_from', '<=', date)
    .execute();
}

export async function insertFee(db: Database, fee: Insertable<FeeTable>): Promise<number> {
  const row = await db.insertInto('fees').values(fee).returning('id').executeTakeFirstOrThrow();
  return Number(row.id);
}
