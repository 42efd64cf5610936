/**
 * CSV patient import (admin): a dry run reports every row's outcome and saves nothing; the import creates the
 * valid new rows in batches, each batch audited (`demographics.write`) and inserted in one transaction. A row
 * matching a patient already there (same name and birth date, or same email) is skipped, so running the same
 * file twice creates nobody the second time.
 */
import { createHash, randomUUID } from 'node:crypto';
import {
  findImportMatches,
  importMatchKeys,
  insertImportBatch,
  importedPatient,
  insertPatientImport,
  type ImportedPatient,
} from '@omt/db';
import {
  MAX_IMPORT_BYTES,
  MAX_IMPORT_ROWS,
  type ImportMapping,
  type ImportRowResult,
  type PatientImportReport,
  type PatientImportRequest,
} from '@omt/contracts';
import { CsvError, mappingProblem, parseCsv, proposeMapping, type CsvTable } from '@omt/domain';
import type { RequestContext } from '../../context';
import { DomainError, fail } from '../../errors';
import { storedFields } from '../patients/registration';
import { RowReader, type ReadRow } from './read-rows';

const BATCH = 500;

function readTable(csv: string): CsvTable {
  const bytes = Buffer.byteLength(csv, 'utf8');
  if (bytes > MAX_IMPORT_BYTES) {
    throw new DomainError(
      413,
      'file_too_large',
      `csv: the file is ${(bytes / 1024 / 1024).toFixed(1)} MB; at most 5 MB can be imported at once (split the file)`,
      'csv',
    );
  }
  let table: CsvTable;
  try {
    table = parseCsv(csv);
  } catch (e) {
    if (e instanceof CsvError) throw fail.invalid('csv', e.message);
    throw e;
  }
  if (!table.header.some(Boolean)) throw fail.invalid('csv', 'the file has no header row');
  if (!table.records.length) throw fail.invalid('csv', 'the file has no data rows under its header');
  if (table.records.length > MAX_IMPORT_ROWS) {
    throw new DomainError(
      413,
      'too_many_rows',
      `csv: the file has ${table.records.length} rows; at most ${MAX_IMPORT_ROWS.toLocaleString('en-US')} can be imported at once (split the file)`,
      'csv',
    );
  }
  return table;
}

function result(r: ReadRow, status: ImportRowResult['status'], extra: Partial<ImportRowResult> = {}) {
  return {
    row: r.row,
    status,
    name: r.name,
    errors: r.errors,
    duplicateOfPatientId: null,
    duplicateOfRow: null,
    patientId: null,
    ...extra,
  };
}

/** A valid row: its report line's index and the patient row it would insert, search keys computed once. */
type Valid = { read: ReadRow; index: number; row: ImportedPatient; keys: string[] };
type Checked = { results: ImportRowResult[]; fresh: Valid[] };

function patientRow(ctx: RequestContext, read: ReadRow): ImportedPatient {
  const r = read.registration!;
  return importedPatient({
    id: randomUUID(),
    ...storedFields(r, r.storedGuardians),
    factors_json: '{}',
    summary: '',
    created_at: ctx.now(),
  });
}

/** Reads and checks every row: refusals, repeats of an earlier row, matches of a patient already there. */
async function checkRows(ctx: RequestContext, table: CsvTable, mapping: ImportMapping): Promise<Checked> {
  const reader = new RowReader(table.header, mapping);
  const results: ImportRowResult[] = [];
  const valid: Valid[] = [];
  const firstRowOf = new Map<string, number>();
  for (const [i, record] of table.records.entries()) {
    const read = await reader.read(ctx, record, i + 2);
    if (!read.registration) {
      results.push(result(read, 'error'));
      continue;
    }
    const row = patientRow(ctx, read);
    const keys = importMatchKeys(row);
    const earlier = keys.map((k) => firstRowOf.get(k)).find((n) => n !== undefined);
    if (earlier !== undefined) {
      results.push(result(read, 'duplicate_row', { duplicateOfRow: earlier }));
      continue;
    }
    for (const k of keys) firstRowOf.set(k, read.row);
    results.push(result(read, 'ok'));
    valid.push({ read, index: results.length - 1, row, keys });
  }
  const existing = await findImportMatches(
    ctx.db,
    valid.map((v) => v.row),
  );
  const fresh: Valid[] = [];
  const matched = new Set<string>();
  for (const v of valid) {
    const match = v.keys.map((k) => existing.get(k)).find(Boolean);
    if (match) {
      results[v.index] = result(v.read, 'duplicate_existing', { duplicateOfPatientId: match });
      matched.add(match);
    } else fresh.push(v);
  }
  const ids = [...matched];
  for (let i = 0; i < ids.length; i += BATCH) {
    await ctx.accessEach(
      ids.slice(i, i + BATCH).map((id) => ({ patientId: id, resourceId: id })),
      'demographics.read',
      'patient',
      'CSV import: matched a row of the file',
    );
  }
  return { results, fresh };
}

/** The mapping asked for (refused when incomplete or wrong) or, for a dry run without one, the proposed one. */
function mappingFor(table: CsvTable, requested: ImportMapping | undefined, dryRun: boolean): ImportMapping {
  const mapping = requested ?? proposeMapping(table.header);
  const problem = requested || !dryRun ? mappingProblem(mapping, table.header.length) : null;
  if (problem) throw fail.invalid(`mapping.${problem.field}`, problem.message);
  return mapping;
}

function report(
  table: CsvTable,
  mapping: ImportMapping,
  results: ImportRowResult[],
  importId: string | null,
): PatientImportReport {
  const count = (...s: ImportRowResult['status'][]) => results.filter((r) => s.includes(r.status)).length;
  return {
    importId,
    dryRun: importId === null,
    header: table.header,
    mapping,
    counts: {
      rows: results.length,
      created: count('ok', 'created'),
      errors: count('error'),
      duplicates: count('duplicate_existing', 'duplicate_row'),
    },
    rows: results,
  };
}

/**
 * Checks the file and reports each row; nothing is saved. Without a mapping the server proposes one from the
 * header (its rows are then checked with it, so a required field left unmapped shows on every row).
 */
export async function dryRunImport(
  ctx: RequestContext,
  body: PatientImportRequest,
): Promise<PatientImportReport> {
  ctx.requireRole('admin');
  const table = readTable(body.csv);
  const mapping = mappingFor(table, body.mapping, true);
  const { results } = await checkRows(ctx, table, mapping);
  return report(table, mapping, results, null);
}

/** Imports the valid rows that match nobody already there; bad rows and duplicates are skipped and reported. */
export async function importPatients(
  ctx: RequestContext,
  body: PatientImportRequest,
): Promise<PatientImportReport> {
  ctx.requireRole('admin');
  const table = readTable(body.csv);
  const mapping = mappingFor(table, body.mapping, false);
  const { results, fresh } = await checkRows(ctx, table, mapping);
  const importId = randomUUID();
  const now = ctx.now();
  for (let i = 0; i < fresh.length; i += BATCH) {
    const batch = fresh.slice(i, i + BATCH);
    await ctx.accessEach(
      batch.map((b) => ({ patientId: b.row.id, resourceId: b.row.id })),
      'demographics.write',
      'patient',
      `CSV import ${importId}`,
    );
    const skipped = await insertImportBatch(
      ctx.db,
      ctx.deps.dialect,
      batch.map((b) => b.row),
    );
    for (const b of batch) {
      const match = skipped.get(b.row.id);
      results[b.index] = match
        ? result(b.read, 'duplicate_existing', { duplicateOfPatientId: match })
        : result(b.read, 'created', { patientId: b.row.id });
    }
  }
  const done = report(table, mapping, results, importId);
  await insertPatientImport(ctx.db, {
    id: importId,
    user_id: ctx.user.id,
    file_sha256: createHash('sha256').update(body.csv).digest('hex'),
    created_at: now,
    row_count: done.counts.rows,
    created_count: done.counts.created,
    duplicate_count: done.counts.duplicates,
    error_count: done.counts.errors,
  });
  return done;
}
