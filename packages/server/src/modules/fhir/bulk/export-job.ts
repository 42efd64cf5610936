/**
 * The Bulk export job: writes each asked type's resources as ndjson parts, patients a chunk at a time so memory stays
 * bounded whatever the clinic's size, every patient resource read through the audited gate as the person who asked.
 */
import {
  findBulkExport,
  finishBulkExport,
  patientIdsAtLocation,
  patientIdsPage,
  purgeExpiredBulkExports,
  setBulkExportProgress,
  writeBulkFile,
  type FhirBulkExportRow,
} from '@omt/db';
import { RequestContext, type AppDeps } from '../../../context';
import { toInstant } from '../../../clock';
import { DomainError } from '../../../errors';
import { requesterNow } from '../../../auth/requester';
import { fhirType, type FhirTypeDef } from '../resource-types';
import { readChangedSince } from '../compartment-read';

export const BULK_EXPORT_KIND = 'fhir-bulk-export';
/** A finished export's files are kept this long, then deleted by `purge-fhir-exports`. */
export const BULK_KEEP_MS = 24 * 3_600_000;
/** Patients read per chunk. */
const PATIENT_CHUNK = 250;
/** A type's part is written once it holds this much text (a client downloads parts one by one). */
const PART_BYTES = 4 * 1024 * 1024;

/** Each type's ndjson lines not yet written, and the number of its next part. */
class PartWriter {
  private readonly pending = new Map<string, { lines: string[]; bytes: number; part: number }>();
  constructor(
    private readonly deps: AppDeps,
    private readonly exportId: string,
  ) {}

  async add(type: string, lines: string[]): Promise<void> {
    const p = this.pending.get(type) ?? { lines: [], bytes: 0, part: 1 };
    this.pending.set(type, p);
    for (const line of lines) {
      p.lines.push(line);
      p.bytes += line.length + 1;
    }
    if (p.bytes >= PART_BYTES) await this.flush(type);
  }

  async flush(type: string): Promise<void> {
    const p = this.pending.get(type);
    if (!p?.lines.length) return;
    await writeBulkFile(this.deps.db, {
      exportId: this.exportId,
      type,
      part: p.part,
      count: p.lines.length,
      content: `${p.lines.join('\n')}\n`,
    });
    this.pending.set(type, { lines: [], bytes: 0, part: p.part + 1 });
  }

  async flushAll(): Promise<void> {
    for (const type of this.pending.keys()) await this.flush(type);
  }
}

/** The export's patients, a chunk at a time. */
async function* patientChunks(deps: AppDeps, row: FhirBulkExportRow): AsyncGenerator<string[]> {
  if (row.level === 'group') {
    const all = await patientIdsAtLocation(deps.db, row.group_id ?? '');
    for (let i = 0; i < all.length; i += PATIENT_CHUNK) yield all.slice(i, i + PATIENT_CHUNK);
    return;
  }
  let after = '';
  for (;;) {
    const ids = await patientIdsPage(deps.db, after, PATIENT_CHUNK);
    if (!ids.length) return;
    yield ids;
    after = ids.at(-1)!;
  }
}

/** A type's resources for these patients, audited, as ndjson lines. */
async function linesOf(
  ctx: RequestContext,
  def: FhirTypeDef,
  patientIds: string[] | null,
  sinceMs: number | null,
): Promise<string[]> {
  return (await readChangedSince(ctx, def, patientIds, sinceMs, 'bulk export')).map((r) => JSON.stringify(r));
}

async function writeExport(ctx: RequestContext, row: FhirBulkExportRow): Promise<void> {
  const defs = row.types.split(',').flatMap((t) => fhirType(t) ?? []);
  const sinceMs = row.since === null ? null : Date.parse(row.since);
  const files = new PartWriter(ctx.deps, row.id);
  for (const def of defs.filter((d) => !d.action)) {
    await files.add(def.type, await linesOf(ctx, def, null, sinceMs));
  }
  const patientDefs = defs.filter((d) => d.action);
  let done = 0;
  if (patientDefs.length) {
    for await (const chunk of patientChunks(ctx.deps, row)) {
      for (const def of patientDefs) await files.add(def.type, await linesOf(ctx, def, chunk, sinceMs));
      done += chunk.length;
      await setBulkExportProgress(ctx.db, row.id, `${done} patients written`);
    }
  }
  await files.flushAll();
}

/**
 * Runs a queued export as the person who asked. A refusal (the login lost its access) fails it for good, with the
 * reason for the client; any other error is retried by the runner, rewriting the parts from the first.
 */
export async function runBulkExport(deps: AppDeps, payload: { exportId: string }): Promise<void> {
  const row = await findBulkExport(deps.db, payload.exportId);
  if (!row || row.status !== 'in-progress') return;
  const end = (status: 'complete' | 'failed', error?: string) => {
    const now = deps.clock();
    return finishBulkExport(deps.db, row.id, {
      status,
      ...(error ? { error } : {}),
      completedAt: toInstant(now),
      expiresAt: toInstant(new Date(now.getTime() + BULK_KEEP_MS)),
    });
  };
  const user = await requesterNow(deps, row.requested_by);
  if (!user) return void (await end('failed', 'the login that asked for this export is no longer active'));
  try {
    await writeExport(new RequestContext(deps, user), row);
    await end('complete');
  } catch (error) {
    if (!(error instanceof DomainError) || error.status >= 500) throw error;
    await end('failed', error.message);
  }
}

/** Deletes the exports kept past their time, with their files (a recurring job). */
export function purgeBulkExports(deps: AppDeps): Promise<number> {
  return purgeExpiredBulkExports(deps.db, toInstant(deps.clock()));
}
