import type { Kysely, Migration } from 'kysely';

/**
 * A result whose first message to reach the clinic withdraws it (entered-in-error or cancelled; networks reorder
 * messages) is kept withdrawn, so the original arriving afterwards is compared with it and not recorded as current.
 * `arrived_withdrawn` is 1 for such a row until a version of it is current here (0 for every row before), so the chart
 * can say it was never a current result here. Frozen once landed.
 */
export const outsideObservationArrivedWithdrawnMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .alterTable('outside_observations')
      .addColumn('arrived_withdrawn', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
  },
};
