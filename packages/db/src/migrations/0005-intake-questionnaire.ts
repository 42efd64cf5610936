import { sql, type Kysely, type Migration } from 'kysely';

interface LegacyRow {
  id: string;
  appointment_id: string;
  patient_id: string;
  answers_json: string;
  questionnaire_response_json: string;
  phq2_score: number;
  phq2_positive: number;
  red_flags_json: string;
  submitted_by: string;
  submitted_at: string;
}

/** The summary and scores of an intake stored before the Questionnaire intake (old answer shape). */
function backfill(answersJson: string): { summary: string; scores: string } {
  const a = JSON.parse(answersJson) as Record<string, unknown>;
  const pick = <T>(key: string): T | null => (a[key] ?? null) as T | null;
  const summary = {
    chiefComplaint: pick<string>('chiefComplaint') ?? '',
    regions: pick<string[]>('painRegions') ?? [],
    painScore: pick<number>('painScore'),
    sleepHours: pick<number>('sleepHours'),
    sleepQuality: pick<string>('sleepQuality'),
    activityLevel: pick<string>('activityLevel'),
    diet: pick<string>('diet'),
    infantFeeding: null,
    infantCryingHoursPerDay: null,
    infantSleepHoursPerDay: null,
    pregnant: null,
    pregnancyWeeks: null,
    pregnancyComplications: null,
    pregnancyComplicationDetails: null,
  };
  return { summary: JSON.stringify(summary), scores: JSON.stringify({ phq9: null, peg: null }) };
}

/**
 * The intake as a FHIR Questionnaire: PHQ-2 may be absent (young children), PHQ-9/PEG scores and a
 * flat summary are stored, and PHQ-9 item 9 opens a same-visit safety task. `intakes` is rebuilt
 * (the one way SQLite can drop NOT NULL), keeping every row with its summary filled in. Frozen once landed.
 */
export const intakeQuestionnaireMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('intakes_v5')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('appointment_id', 'text', (c) => c.notNull().unique().references('appointments.id'))
      .addColumn('patient_id', 'text', (c) => c.notNull().references('patients.id'))
      .addColumn('answers_json', 'text', (c) => c.notNull())
      .addColumn('questionnaire_response_json', 'text', (c) => c.notNull())
      .addColumn('phq2_score', 'integer')
      .addColumn('phq2_positive', 'integer')
      .addColumn('red_flags_json', 'text', (c) => c.notNull())
      .addColumn('submitted_by', 'text', (c) => c.notNull())
      .addColumn('submitted_at', 'text', (c) => c.notNull())
      .addColumn('scores_json', 'text', (c) => c.notNull())
      .addColumn('summary_json', 'text', (c) => c.notNull())
      .execute();
    const legacy = await sql<LegacyRow>`SELECT * FROM intakes`.execute(db);
    for (const r of legacy.rows) {
      const { summary, scores } = backfill(r.answers_json);
      await sql`INSERT INTO intakes_v5 VALUES (${r.id}, ${r.appointment_id}, ${r.patient_id}, ${r.answers_json},
        ${r.questionnaire_response_json}, ${r.phq2_score}, ${r.phq2_positive}, ${r.red_flags_json}, ${r.submitted_by},
        ${r.submitted_at}, ${scores}, ${summary})`.execute(db);
    }
    await db.schema.dropTable('intakes').execute();
    await db.schema.alterTable('intakes_v5').renameTo('intakes').execute();
    await db.schema
      .createTable('safety_tasks')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('patient_id', 'text', (c) => c.notNull().references('patients.id'))
      .addColumn('appointment_id', 'text', (c) => c.notNull().references('appointments.id'))
      .addColumn('intake_id', 'text', (c) => c.notNull().references('intakes.id'))
      .addColumn('reason', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('acknowledged_by', 'text', (c) => c.references('users.id'))
      .addColumn('acknowledged_at', 'text')
      .execute();
    await db.schema
      .createIndex('safety_tasks_open_idx')
      .on('safety_tasks')
      .columns(['acknowledged_at', 'created_at'])
      .execute();
  },
};
