import { PatientImportReport, PatientImportRequest } from '../patient-import';
import { endpoint } from './endpoint';

/** Request bodies carry the file as JSON text; a 5 MB file escaped as JSON stays under this. */
const IMPORT_BODY_LIMIT = 16 * 1024 * 1024;

/** CSV import of patients (admin): a dry run that saves nothing, then the import. */
export const PATIENT_IMPORT_API = {
  dryRunPatientImport: endpoint({
    method: 'POST',
    path: '/api/patient-imports/dry-run',
    summary:
      'Check a CSV of patients (admin): the proposed or given column mapping and every row’s outcome; nothing is saved. 413 over 5 MB or 20,000 rows',
    tag: 'patients',
    auth: 'user',
    bodyLimit: IMPORT_BODY_LIMIT,
    body: PatientImportRequest,
    response: PatientImportReport,
  }),
  importPatients: endpoint({
    method: 'POST',
    path: '/api/patient-imports',
    summary:
      'Import a CSV of patients (admin): valid rows are created, bad rows and duplicates skipped, every row reported; running it again creates none',
    tag: 'patients',
    auth: 'user',
    status: 201,
    bodyLimit: IMPORT_BODY_LIMIT,
    body: PatientImportRequest,
    response: PatientImportReport,
  }),
} as const;
