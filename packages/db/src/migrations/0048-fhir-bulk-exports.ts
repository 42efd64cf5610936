import { sql, type Kysely, type Migration } from 'kysely';

/**
 * FHIR Bulk Data exports (`$export` at system, Group and Patient level): the request, its status as a client polls
 * it, and the ndjson files a job writes, one row per part of a resource type. A recurring job deletes an export and
 * its files after `expires_at`. Frozen once landed.
 */
export const fhirBulkExportsMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('fhir_bulk_exports')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('level', 'text', (c) => c.notNull().check(sql`level in ('system', 'patient', 'group')`))
      .addColumn('group_id', 'text')
      .addColumn('types', 'text', (c) => c.notNull())
      .addColumn('since', 'text')
      .addColumn('request_url', 'text', (c) => c.notNull())
      .addColumn('requested_by', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('status', 'text', (c) =>
        c.notNull().check(sql`status in ('in-progress', 'complete', 'failed')`),
      )
      .addColumn('progress', 'text')
      .addColumn('error', 'text')
      .addColumn('transaction_time', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('completed_at', 'text')
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('fhir_bulk_exports_expiry_idx')
      .on('fhir_bulk_exports')
      .column('expires_at')
      .execute();
    await db.schema
      .createTable('fhir_bulk_files')
      .addColumn('export_id', 'text', (c) =>
        c.notNull().references('fhir_bulk_exports.id').onDelete('cascade'),
      )
      .addColumn('resource_type', 'text', (c) => c.notNull())
      .addColumn('part', 'integer', (c) => c.notNull())
      .addColumn('count', 'integer', (c) => c.notNull())
      .addColumn('content', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('fhir_bulk_files_pk', ['export_id', 'resource_type', 'part'])
      .execute();
  },
};
