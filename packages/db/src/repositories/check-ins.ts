import type { Database } from '../connection';
import type { CheckInRow } from '../schema';

export async function insertCheckIn(db: Database, row: CheckInRow): Promise<void> {
  await db.insertInto('check_ins').values(row).execute();
}

export function findCheckIn(db: Database, id: string) {
  return db.selectFrom('check_ins').selectAll().where('id', '=', id).executeTakeFirst();
}

export function listCheckInsOfEncounter(db: Database, encounterId: string) {
  return db
    .selectFrom('check_ins')
    .selectAll()
    .where('encounter_id', '=', encounterId)
    .orderBy('submitted_at')
    .execute();
}

/** Alerts not yet acknowledged, oldest first, for the physicians' worklist. */
export function listOpenAlerts(db: Database) {
  return db
    .selectFrom('check_ins')
    .selectAll()
    .where('alert', '=', 1)
    .where('acknowledged_at', 'is', null)
    .orderBy('submitted_at')
    .limit(200)
    .execute();
}

export async function acknowledgeCheckIn(db: Database, id: string, by: string, at: string): Promise<void> {
  await db
    .updateTable('check_ins')
    .set({ acknowledged_by: by, acknowledged_at: at })
    .where('id', '=', id)
    .execute();
}
