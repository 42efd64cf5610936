import type { DocumentReference } from '@medplum/fhirtypes';
import { LOCAL, fhirIdPart } from './codes';
import { ref } from './references';

/** The clinic's document types (its own code system: no verified standard code is used). */
const TYPE_TEXT: Record<string, string> = {
  'visit-note': 'Signed visit note',
  'referral-letter': 'Referral letter',
  'imaging-report': 'Imaging report',
  'outside-records': 'Outside records',
  other: 'Other document',
};

const docType = (code: string) => ({
  coding: [{ system: LOCAL.documentType, code, display: TYPE_TEXT[code] ?? code }],
  text: TYPE_TEXT[code] ?? code,
});

/** An uploaded document, without its bytes (migration 0031). */
export interface UploadedDocumentSource {
  id: string;
  patient_id: string;
  title: string;
  category: string;
  media_type: string;
  size_bytes: number;
  uploaded_at: string;
  removed_at: string | null;
}

/**
 * An uploaded PDF or image: its file is fetched from the REST download route (`publicUrl` is the server's own
 * address) behind the same login and audit; a removed one is entered in error.
 */
export function toFhirUploadedDocument(d: UploadedDocumentSource, publicUrl: string): DocumentReference {
  return {
    resourceType: 'DocumentReference',
    id: d.id,
    status: d.removed_at ? 'entered-in-error' : 'current',
    type: docType(fhirIdPart(d.category)),
    subject: ref('Patient', d.patient_id),
    date: d.uploaded_at,
    description: d.title,
    content: [
      {
        attachment: {
          contentType: d.media_type,
          url: `${publicUrl}/api/documents/${d.id}/content`,
          size: d.size_bytes,
          title: d.title,
          creation: d.uploaded_at,
        },
      },
    ],
  };
}

/** A signed note (signed, or awaiting the supervisor's co-signature). */
export interface SignedNoteSource {
  id: string;
  patient_id: string;
  /** 'signed' or 'awaiting_cosign'. */
  status: string;
  author_id: string;
  signed_at: string | null;
  start_at: string;
}

/** `<encounter id>.note`: the PDF of that visit's signed note. */
export const noteDocumentId = (encounterId: string) => `${encounterId}.note`;

/** The signed note's PDF: final once signed, preliminary while it awaits co-signature. */
export function toFhirNoteDocument(n: SignedNoteSource, publicUrl: string): DocumentReference {
  const date = n.signed_at ?? n.start_at;
  return {
    resourceType: 'DocumentReference',
    id: noteDocumentId(n.id),
    status: 'current',
    docStatus: n.status === 'awaiting_cosign' ? 'preliminary' : 'final',
    type: docType('visit-note'),
    subject: ref('Patient', n.patient_id),
    date,
    author: [ref('Practitioner', n.author_id)],
    description: TYPE_TEXT['visit-note'],
    content: [
      {
        attachment: {
          contentType: 'application/pdf',
          url: `${publicUrl}/api/encounters/${n.id}/note.pdf`,
          title: TYPE_TEXT['visit-note'],
          creation: date,
        },
      },
    ],
    context: { encounter: [ref('Encounter', n.id)], period: { start: n.start_at } },
  };
}
