import { sql, type Kysely, type Migration } from 'kysely';
import type { DialectName } from '../connection';

const GENERAL_CONSENT_EN = `Consent to osteopathic care

Osteopathic manipulative treatment (OMT) is hands-on care by a physician trained in osteopathic medicine. The physician examines how your muscles, joints and tissues move and uses gentle pressure, stretching, resistance or, for some techniques, a quick small thrust to ease pain and improve movement. Before any technique, your physician explains it and asks you. You may ask questions at any time.

What you may feel afterwards: many people feel some soreness, stiffness, tiredness or a mild headache after treatment, much like after exercise. It usually starts within a day and settles within one to three days.

Rare serious events: serious problems after manipulation are rare. Some, such as injury to a blood vessel in the neck or a stroke, have been reported very rarely after neck manipulation. Your physician checks your health history and examines you first to lower these risks. Call 911 at once for sudden weakness, numbness, trouble speaking or seeing, a severe headache, or loss of bladder or bowel control.

Your choices: you may refuse any technique, ask for another approach, or ask the physician to stop at any moment, and your care at the clinic will continue. This consent covers osteopathic care at this clinic until you withdraw it; your physician still asks you before each technique.

By typing your full name below, you confirm that you have read this, that your questions were answered, and that you agree to osteopathic care at this clinic.`;

const GENERAL_CONSENT_ES = `Consentimiento para la atención osteopática

El tratamiento de manipulación osteopática (OMT) es una atención con las manos que da un médico formado en medicina osteopática. El médico examina cómo se mueven sus músculos, articulaciones y tejidos y usa presión suave, estiramientos, resistencia o, en algunas técnicas, un empuje rápido y corto para aliviar el dolor y mejorar el movimiento. Antes de cada técnica, su médico se la explica y le pide su permiso. Puede hacer preguntas en cualquier momento.

Lo que puede sentir después: muchas personas sienten algo de dolor muscular, rigidez, cansancio o un leve dolor de cabeza después del tratamiento, como después de hacer ejercicio. Suele empezar dentro de un día y pasar en uno a tres días.

Eventos graves poco frecuentes: los problemas graves después de una manipulación son raros. Algunos, como una lesión de un vaso sanguíneo del cuello o un derrame cerebral, se han descrito muy rara vez después de manipular el cuello. Su médico revisa primero su historia de salud y le examina para reducir estos riesgos. Llame al 911 de inmediato si tiene debilidad o entumecimiento repentinos, dificultad para hablar o ver, un dolor de cabeza muy fuerte, o pérdida del control de la vejiga o del intestino.

Sus opciones: puede negarse a cualquier técnica, pedir otro enfoque o pedir al médico que pare en cualquier momento, y su atención en la clínica continuará. Este consentimiento cubre la atención osteopática en esta clínica hasta que usted lo retire; su médico le seguirá pidiendo permiso antes de cada técnica.

Al escribir su nombre completo abajo, usted confirma que leyó este texto, que le respondieron sus preguntas y que acepta la atención osteopática en esta clínica.`;

/**
 * Documents and the clinic's general treatment consent.
 * - `patient_documents`: uploaded PDFs and images with their bytes in the database (blob on SQLite, bytea on
 *   PostgreSQL), the type sniffed from those bytes, and a soft removal (entered in error, with a reason).
 * - `consent_forms`: the versioned text of the general consent (English and Spanish); version 1 is the default.
 * - `consent_signatures`: one per patient and form version (typed name, signer, time).
 * Frozen once landed.
 */
export function documentsAndConsentMigration(dialect: DialectName): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('patient_documents')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('patient_id', 'text', (c) => c.notNull().references('patients.id'))
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('category', 'text', (c) => c.notNull())
        .addColumn('file_name', 'text')
        .addColumn('media_type', 'text', (c) => c.notNull())
        .addColumn('size_bytes', 'integer', (c) => c.notNull())
        .addColumn('sha256', 'text', (c) => c.notNull())
        .addColumn('content', dialect === 'postgres' ? 'bytea' : 'blob', (c) => c.notNull())
        .addColumn('uploaded_by', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('uploaded_at', 'text', (c) => c.notNull())
        .addColumn('removed_by', 'text', (c) => c.references('users.id'))
        .addColumn('removed_at', 'text')
        .addColumn('removed_reason', 'text')
        .execute();
      await db.schema
        .createIndex('patient_documents_patient')
        .on('patient_documents')
        .columns(['patient_id', 'uploaded_at'])
        .execute();

      await db.schema
        .createTable('consent_forms')
        .addColumn('version', 'integer', (c) => c.primaryKey())
        .addColumn('text_en', 'text', (c) => c.notNull())
        .addColumn('text_es', 'text', (c) => c.notNull())
        .addColumn('published_at', 'text', (c) => c.notNull())
        .addColumn('published_by', 'text', (c) => c.references('users.id'))
        .execute();
      await sql`insert into consent_forms (version, text_en, text_es, published_at) values (1, ${GENERAL_CONSENT_EN}, ${GENERAL_CONSENT_ES}, '2026-01-01T00:00:00Z')`.execute(
        db,
      );

      await db.schema
        .createTable('consent_signatures')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('patient_id', 'text', (c) => c.notNull().references('patients.id'))
        .addColumn('form_version', 'integer', (c) => c.notNull().references('consent_forms.version'))
        .addColumn('typed_name', 'text', (c) => c.notNull())
        .addColumn('signer_user_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('signer_relationship', 'text', (c) => c.notNull())
        .addColumn('signed_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('consent_signatures_once', ['patient_id', 'form_version'])
        .execute();
    },
  };
}
