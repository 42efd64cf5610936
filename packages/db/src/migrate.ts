import { Migrator, type Migration, type MigrationProvider } from 'kysely';
import type { DatabaseHandle, DialectName } from './connection';
import { initialMigration } from './migrations/0001-initial';
import { redFlagReviewsMigration } from './migrations/0002-red-flag-reviews';
import { addendaMigration } from './migrations/0003-addenda';
import { examAndTreatmentDetailMigration } from './migrations/0004-exam-and-treatment-detail';
import { schedulingActionsMigration } from './migrations/0006-scheduling-actions';
import { remindersAndFeedsMigration } from './migrations/0007-reminders-and-feeds';

function migrations(dialect: DialectName): Record<string, Migration> {
  return {
    '0001-initial': initialMigration(dialect),
    '0002-red-flag-reviews': redFlagReviewsMigration(dialect),
    '0003-addenda': addendaMigration(dialect),
    '0004-exam-and-treatment-detail': examAndTreatmentDetailMigration,
    '0006-scheduling-actions': schedulingActionsMigration,
    '0007-reminders-and-feeds': remindersAndFeedsMigration,
  };
}

/** Applies every pending migration; throws with the failing migration's name. */
export async function migrateToLatest(handle: DatabaseHandle): Promise<string[]> {
  const provider: MigrationProvider = { getMigrations: () => Promise.resolve(migrations(handle.dialect)) };
  const migrator = new Migrator({ db: handle.db, provider });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error) {
    throw new Error(
      `migration ${failed?.migrationName ?? '?'} failed: ${error instanceof Error ? error.message : JSON.stringify(error)}`,
      { cause: error },
    );
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
