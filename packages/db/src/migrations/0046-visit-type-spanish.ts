import { sql, type Kysely, type Migration } from 'kysely';

/**
 * A visit type's Spanish name and description (null: the English is shown to Spanish readers too). The demo
 * clinic's visit types, where they exist under their seeded ids, get their Spanish here, so a clinic seeded before
 * this migration reads Spanish as a new one does; every other clinic's data is left as it is. Frozen once landed.
 */
export const visitTypeSpanishMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('visit_types').addColumn('name_es', 'text').execute();
    await db.schema.alterTable('visit_types').addColumn('description_es', 'text').execute();
    for (const [id, en, es] of DEMO_SPANISH) {
      await sql`update visit_types set name_es = ${es.name}, description_es = ${es.description}
        where id = ${id} and name = ${en} and name_es is null`.execute(db);
    }
  },
};

/**
 * The demo seed's visit types (id and English name as seeded: one the clinic renamed is left alone) and their
 * Spanish; a copy frozen with the migration (the seed writes the same for a new clinic).
 */
const DEMO_SPANISH: readonly (readonly [string, string, { name: string; description: string }])[] = [
  [
    'consultation',
    'Consultation (new problem)',
    {
      name: 'Consulta (problema nuevo)',
      description: 'Historia clínica, exploración y un plan para un problema nuevo, antes de cualquier OMT.',
    },
  ],
  [
    'infant-omt',
    'Infant and child OMT',
    {
      name: 'OMT para bebés y niños',
      description:
        'OMT suave para bebés y niños, después de una consulta; uno de los padres se queda todo el tiempo.',
    },
  ],
  [
    'pregnancy-omt',
    'Pregnancy OMT',
    {
      name: 'OMT en el embarazo',
      description: 'OMT adaptada al embarazo (posiciones con apoyo), después de una consulta.',
    },
  ],
  [
    'omt-follow-up',
    'OMT follow-up',
    {
      name: 'Seguimiento de OMT',
      description: 'Tratamiento manipulativo osteopático para un problema ya evaluado en una consulta.',
    },
  ],
];
