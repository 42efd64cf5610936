import { z } from 'zod';
import { ConsentForm, ConsentSummary, PublishConsentForm, SignConsent } from '../consent-form';
import { DocumentContentQuery, PatientDocument, RemoveDocument, UploadDocument } from '../documents';
import { PatientRecord, RecordQuery } from '../patient-record';
import { endpoint, IdParam } from './endpoint';

/** A 10 MB file in base64 (4/3) inside JSON stays under this, so an oversize file gets our own 413 message. */
const UPLOAD_BODY_LIMIT = 16 * 1024 * 1024;

/** Patient documents, the clinic's general treatment consent, and a patient's own record (its download: exports.ts). */
export const DOCUMENTS_API = {
  uploadDocument: endpoint({
    method: 'POST',
    path: '/api/patients/:id/documents',
    summary:
      'Upload a PDF, PNG or JPEG to a patient (staff): the type is read from the bytes; 413 over 10 MB',
    tag: 'documents',
    auth: 'user',
    status: 201,
    bodyLimit: UPLOAD_BODY_LIMIT,
    params: IdParam,
    body: UploadDocument,
    response: PatientDocument,
  }),
  listDocuments: endpoint({
    method: 'GET',
    path: '/api/patients/:id/documents',
    summary: "A patient's documents, newest first (staff also see removed ones, marked)",
    tag: 'documents',
    auth: 'user',
    params: IdParam,
    response: z.array(PatientDocument),
  }),
  documentContent: endpoint({
    method: 'GET',
    path: '/api/documents/:id/content',
    summary: "A document's file, typed by its own bytes, shown inline or downloaded",
    tag: 'documents',
    auth: 'user',
    produces: 'application/octet-stream',
    params: IdParam,
    query: DocumentContentQuery,
    response: z.unknown(),
  }),
  removeDocument: endpoint({
    method: 'POST',
    path: '/api/documents/:id/remove',
    summary:
      'Remove a document entered in error, with a reason (staff); it is kept and audited, never deleted',
    tag: 'documents',
    auth: 'user',
    params: IdParam,
    body: RemoveDocument,
    response: PatientDocument,
  }),
  consentForm: endpoint({
    method: 'GET',
    path: '/api/consent-form',
    summary: "The clinic's general treatment consent in force (English and Spanish)",
    tag: 'consent',
    auth: 'user',
    response: ConsentForm,
  }),
  publishConsentForm: endpoint({
    method: 'POST',
    path: '/api/consent-forms',
    summary:
      'Publish a new version of the general treatment consent (admin); patients are asked to sign it again',
    tag: 'consent',
    auth: 'user',
    status: 201,
    body: PublishConsentForm,
    response: ConsentForm,
  }),
  patientConsent: endpoint({
    method: 'GET',
    path: '/api/patients/:id/consent',
    summary: "A patient's general consent: the form in force, whether it is signed, every signature",
    tag: 'consent',
    auth: 'user',
    params: IdParam,
    response: ConsentSummary,
  }),
  signConsent: endpoint({
    method: 'POST',
    path: '/api/patients/:id/consent/signatures',
    summary:
      'Sign the general consent in force with the typed full name (the patient, or a parent for a child); signing the same version again changes nothing',
    tag: 'consent',
    auth: 'user',
    params: IdParam,
    body: SignConsent,
    response: ConsentSummary,
  }),
  patientRecord: endpoint({
    method: 'GET',
    path: '/api/patients/:id/record',
    summary:
      "A patient's own record (portal): visits, signed-note summaries, aftercare, check-ins, documents, consent",
    tag: 'record',
    auth: 'user',
    params: IdParam,
    query: RecordQuery,
    response: PatientRecord,
  }),
} as const;
