import type { Kysely, Migration } from 'kysely';

/**
 * The revision of each visit's calendar invitation (RFC 5546 SEQUENCE): a move or a cancellation raises it
 * in its own transaction, so calendar apps replace or remove their copy. Frozen once landed.
 */
export const icsSequenceMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .alterTable('appointments')
      .addColumn('ics_sequence', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
  },
};
