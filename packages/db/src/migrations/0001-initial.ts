import type { Kysely, Migration } from 'kysely';
import type { DialectName } from '../connection';

/** The first schema. Frozen once landed: change the schema with a new migration. */
export function initialMigration(dialect: DialectName): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('locations')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('time_zone', 'text', (c) => c.notNull())
        .addColumn('address', 'text', (c) => c.notNull())
        .addColumn('phone', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('visit_types')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('duration_minutes', 'integer', (c) => c.notNull())
        .addColumn('requires_consultation', 'integer', (c) => c.notNull())
        .addColumn('description', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('users')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('email', 'text', (c) => c.notNull().unique())
        .addColumn('password_hash', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('display_name', 'text', (c) => c.notNull())
        .addColumn('credential', 'text')
        .addColumn('supervisor_id', 'text', (c) => c.references('users.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('patients')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('given_name', 'text', (c) => c.notNull())
        .addColumn('family_name', 'text', (c) => c.notNull())
        .addColumn('birth_date', 'text', (c) => c.notNull())
        .addColumn('sex', 'text', (c) => c.notNull())
        .addColumn('factors_json', 'text', (c) => c.notNull())
        .addColumn('summary', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('patient_access')
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('patient_id', 'text', (c) => c.notNull().references('patients.id'))
        .addColumn('relationship', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('patient_access_pk', ['user_id', 'patient_id'])
        .execute();
      await db.schema
        .createTable('provider_hours')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('provider_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('location_id', 'text', (c) => c.notNull().references('locations.id'))
        .addColumn('weekday', 'integer', (c) => c.notNull())
        .addColumn('start_time', 'text', (c) => c.notNull())
        .addColumn('end_time', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('sessions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('appointments')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('patient_id', 'text', (c) => c.notNull().references('patients.id'))
        .addColumn('provider_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('location_id', 'text', (c) => c.notNull().references('locations.id'))
        .addColumn('visit_type', 'text', (c) => c.notNull().references('visit_types.id'))
        .addColumn('start_at', 'text', (c) => c.notNull())
        .addColumn('end_at', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('appointments_start_idx')
        .on('appointments')
        .columns(['start_at'])
        .execute();
      await db.schema
        .createIndex('appointments_patient_idx')
        .on('appointments')
        .columns(['patient_id', 'start_at'])
        .execute();
      await db.schema
        .createIndex('appointments_provider_idx')
        .on('appointments')
        .columns(['provider_id', 'start_at'])
        .execute();
      for (const [table, owner] of [
        ['provider_blocks', 'provider_id'],
        ['patient_blocks', 'patient_id'],
      ] as const) {
        await db.schema
          .createTable(table)
          .addColumn(owner, 'text', (c) => c.notNull())
          .addColumn('block_start', 'text', (c) => c.notNull())
          .addColumn('appointment_id', 'text', (c) => c.notNull().references('appointments.id'))
          .addPrimaryKeyConstraint(`${table}_pk`, [owner, 'block_start'])
          .execute();
      }
      await db.schema
        .createTable('intakes')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('appointment_id', 'text', (c) => c.notNull().unique().references('appointments.id'))
        .addColumn('patient_id', 'text', (c) => c.notNull().references('patients.id'))
        .addColumn('answers_json', 'text', (c) => c.notNull())
        .addColumn('questionnaire_response_json', 'text', (c) => c.notNull())
        .addColumn('phq2_score', 'integer', (c) => c.notNull())
        .addColumn('phq2_positive', 'integer', (c) => c.notNull())
        .addColumn('red_flags_json', 'text', (c) => c.notNull())
        .addColumn('submitted_by', 'text', (c) => c.notNull())
        .addColumn('submitted_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('encounters')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('appointment_id', 'text', (c) => c.notNull().unique().references('appointments.id'))
        .addColumn('patient_id', 'text', (c) => c.notNull().references('patients.id'))
        .addColumn('author_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('note_text', 'text')
        .addColumn('coding_json', 'text')
        .addColumn('em_documented', 'integer', (c) => c.notNull())
        .addColumn('em_note', 'text')
        .addColumn('signed_at', 'text')
        .addColumn('signed_by', 'text')
        .addColumn('cosigned_by', 'text')
        .addColumn('cosigned_at', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('exam_findings')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('encounter_id', 'text', (c) => c.notNull().references('encounters.id'))
        .addColumn('region', 'text', (c) => c.notNull())
        .addColumn('tenderness', 'integer', (c) => c.notNull())
        .addColumn('asymmetry', 'integer', (c) => c.notNull())
        .addColumn('restriction', 'integer', (c) => c.notNull())
        .addColumn('tissue_texture', 'integer', (c) => c.notNull())
        .addColumn('comment', 'text')
        .addUniqueConstraint('exam_findings_region_uq', ['encounter_id', 'region'])
        .execute();
      await db.schema
        .createTable('consents')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('encounter_id', 'text', (c) => c.notNull().references('encounters.id'))
        .addColumn('technique', 'text', (c) => c.notNull())
        .addColumn('decision', 'text', (c) => c.notNull())
        .addColumn('method', 'text', (c) => c.notNull())
        .addColumn('recorded_by', 'text', (c) => c.notNull())
        .addColumn('recorded_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('treatments')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('encounter_id', 'text', (c) => c.notNull().references('encounters.id'))
        .addColumn('region', 'text', (c) => c.notNull())
        .addColumn('technique', 'text', (c) => c.notNull())
        .addColumn('position', 'text', (c) => c.notNull())
        .addColumn('response', 'text', (c) => c.notNull())
        .addColumn('safety_verdict', 'text', (c) => c.notNull())
        .addColumn('caution_reason', 'text')
        .addColumn('recorded_by', 'text', (c) => c.notNull())
        .addColumn('recorded_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('check_ins')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('encounter_id', 'text', (c) => c.notNull().references('encounters.id'))
        .addColumn('patient_id', 'text', (c) => c.notNull().references('patients.id'))
        .addColumn('soreness', 'integer', (c) => c.notNull())
        .addColumn('days_sore', 'integer', (c) => c.notNull())
        .addColumn('new_symptoms_json', 'text', (c) => c.notNull())
        .addColumn('route', 'text', (c) => c.notNull())
        .addColumn('reasons_json', 'text', (c) => c.notNull())
        .addColumn('alert', 'integer', (c) => c.notNull())
        .addColumn('submitted_by', 'text', (c) => c.notNull())
        .addColumn('submitted_at', 'text', (c) => c.notNull())
        .addColumn('acknowledged_by', 'text')
        .addColumn('acknowledged_at', 'text')
        .execute();
      await db.schema
        .createTable('audit_log')
        .addColumn('id', dialect === 'postgres' ? 'bigserial' : 'integer', (c) =>
          dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement(),
        )
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text')
        .addColumn('role', 'text')
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('patient_id', 'text')
        .addColumn('resource_type', 'text', (c) => c.notNull())
        .addColumn('resource_id', 'text')
        .addColumn('outcome', 'text', (c) => c.notNull())
        .addColumn('detail', 'text')
        .execute();
      await db.schema
        .createIndex('audit_patient_idx')
        .on('audit_log')
        .columns(['patient_id', 'id'])
        .execute();
    },
  };
}
