import { z } from 'zod';
import { IMPORT_FIELDS, type ImportField } from '@omt/domain';

/** The largest CSV file one import takes (bytes of UTF-8) and the most data rows. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 20_000;

const column = z.number().int().min(0, 'must be a column number from 0').max(999).nullable();

/** Each patient field's column (0-based index into the header), or null for none; omitted fields are none. */
export const ImportMapping = z
  .object(
    Object.fromEntries(IMPORT_FIELDS.map((f) => [f, column.default(null)])) as Record<
      ImportField,
      z.ZodDefault<typeof column>
    >,
  )
  .strict();
export type ImportMapping = z.infer<typeof ImportMapping>;

/**
 * A CSV file's text (UTF-8; a byte-order mark, commas or semicolons and quoted fields are fine) and, once the
 * user checked it, the mapping of columns to fields; without one the server proposes it from the header.
 */
export const PatientImportRequest = z
  .object({
    csv: z.string().min(1, 'the file is empty'),
    mapping: ImportMapping.optional(),
  })
  .strict();
export type PatientImportRequest = z.infer<typeof PatientImportRequest>;
export type PatientImportRequestInput = z.input<typeof PatientImportRequest>;

/** One refusal of a row: the patient field, the file's column it came from, and the rule. */
export const ImportRowError = z.object({
  field: z.string(),
  column: z.string().nullable(),
  message: z.string(),
});
export type ImportRowError = z.infer<typeof ImportRowError>;

export const ImportRowStatus = z.enum(['ok', 'created', 'error', 'duplicate_existing', 'duplicate_row']);
export type ImportRowStatus = z.infer<typeof ImportRowStatus>;

/**
 * One data row's outcome. `row` is the row number as a spreadsheet shows it (the header is row 1). `ok` in a
 * dry run means it would be created; `duplicate_existing` names the patient already there, `duplicate_row` the
 * earlier row of the file it repeats (same name and birth date, or same email).
 */
export const ImportRowResult = z.object({
  row: z.number().int(),
  status: ImportRowStatus,
  name: z.string(),
  errors: z.array(ImportRowError),
  duplicateOfPatientId: z.string().nullable(),
  duplicateOfRow: z.number().int().nullable(),
  patientId: z.string().nullable(),
});
export type ImportRowResult = z.infer<typeof ImportRowResult>;

export const PatientImportReport = z.object({
  /** Null for a dry run. */
  importId: z.string().nullable(),
  dryRun: z.boolean(),
  header: z.array(z.string()),
  mapping: ImportMapping,
  counts: z.object({
    rows: z.number().int(),
    /** Rows that would be created (dry run) or were created. */
    created: z.number().int(),
    errors: z.number().int(),
    duplicates: z.number().int(),
  }),
  rows: z.array(ImportRowResult),
});
export type PatientImportReport = z.infer<typeof PatientImportReport>;
