import { fhirDocumentRows, fhirSignedNoteRows } from '@omt/db';
import {
  noteDocumentId,
  toFhirNoteDocument,
  toFhirUploadedDocument,
  type FhirDocumentReference,
} from '@omt/fhir';
import { codeOf, codesOf, dateParam, latest, patientParam, roleMay, tokenParam } from './clinical-params';
import type { FhirTypeDef } from './type-def';

const NOTE_SUFFIX = noteDocumentId('');

/**
 * Documents: uploaded ones (`document.read`: clinicians, the desk, the patient, who does not see removed ones) and
 * the signed notes' PDFs, part of the clinical record (only for roles that read it, as the REST PDF route). Each
 * attachment's url is the REST download route, behind the same login and audit.
 */
export const documentReferenceDef: FhirTypeDef = {
  type: 'DocumentReference',
  action: () => 'document.read',
  params: [
    patientParam('patient', (r: FhirDocumentReference) => r.subject?.reference),
    patientParam('subject', (r: FhirDocumentReference) => r.subject?.reference),
    tokenParam(
      'type',
      'The clinic document type (visit-note, referral-letter, imaging-report, outside-records, other).',
      (r: FhirDocumentReference) => codesOf(r.type),
    ),
    dateParam('date', 'When it was signed or uploaded', (r: FhirDocumentReference) => [r.date]),
    tokenParam('status', 'current, or entered-in-error once removed.', (r: FhirDocumentReference) =>
      codeOf(r.status),
    ),
  ],
  load: async (db, f) => {
    const publicUrl = f.ctx.deps.config.publicUrl;
    const noteIds = f.ids
      ?.filter((id) => id.endsWith(NOTE_SUFFIX))
      .map((id) => id.slice(0, -NOTE_SUFFIX.length));
    const notes = roleMay(f, 'clinical.read') ? await fhirSignedNoteRows(db, { ...f, ids: noteIds }) : [];
    const documents = await fhirDocumentRows(db, f);
    return [
      ...documents.map((d) => ({
        resource: toFhirUploadedDocument(d, publicUrl),
        lastUpdated: latest(d.uploaded_at, d.removed_at),
        patientId: d.patient_id,
      })),
      ...notes.map((n) => ({
        resource: toFhirNoteDocument(n, publicUrl),
        lastUpdated: latest(n.signed_at, n.cosigned_at, n.updated_at),
        patientId: n.patient_id,
      })),
    ];
  },
};
