/**
 * FHIR Bulk Data export (Bulk Data Access IG, async pattern): kick-off at system, Patient and Group level answers 202
 * with the status URL; the status answers 202 with X-Progress until the manifest is ready (200); the ndjson files are
 * fetched with the same login; DELETE on the status URL cancels or removes the export. Physicians only: an export
 * holds every patient's clinical record.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  deleteBulkExport,
  findBulkExport,
  findJobByKey,
  findLocation,
  insertBulkExport,
  listBulkFiles,
  readBulkFile,
  unitOfWork,
  type BulkExportLevel,
  type FhirBulkExportRow,
} from '@omt/db';
import type { AppDeps, RequestContext } from '../../../context';
import { toInstant } from '../../../clock';
import { fail } from '../../../errors';
import { enqueueWithChange } from '../../../jobs/enqueue';
import { auditSetup } from '../../catalog/audit';
import { fhirContext } from '../fhir-context';
import { fhirType } from '../resource-types';
import { wantsLenient } from '../negotiation';
import { BULK_EXPORT_KIND, BULK_KEEP_MS } from './export-job';
import { parseExportRequest } from './export-params';

export const NDJSON_TYPE = 'application/fhir+ndjson';
const MANIFEST_TYPE = 'application/json; charset=utf-8';
const STATUS = '$export-status';
const EXPORT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const FILE = '$export-file';
/** How long a client should wait between polls, in seconds. */
const RETRY_AFTER_S = 2;

async function kickOff(
  deps: AppDeps,
  base: string,
  req: FastifyRequest,
  reply: FastifyReply,
  level: BulkExportLevel,
  groupId: string | null = null,
) {
  const ctx = await fhirContext(deps, req);
  if (ctx.user.role !== 'physician') throw fail.forbidden('a Bulk export is for physicians');
  if (!/(^|[,;\s])respond-async\b/.test(String(req.headers.prefer ?? ''))) {
    throw fail.invalid('Prefer', 'a Bulk export runs asynchronously: send Prefer: respond-async');
  }
  if (groupId !== null && !(await findLocation(ctx.db, groupId))) throw fail.notFound(`Group/${groupId}`);
  const url = new URL(req.url, 'http://x');
  const asked = parseExportRequest(url.searchParams, level, ctx.user.role, wantsLenient(req));
  const id = randomUUID();
  const now = deps.clock();
  // One unit of work, its audit row first: the export and its job are saved with the row or not at all.
  await unitOfWork(deps.db, async () => {
    await auditSetup(ctx, 'fhir.bulk.kickoff', 'fhir_bulk_export', id, `${level}: ${asked.types.join(',')}`);
    await insertBulkExport(ctx.db, {
      id,
      level,
      groupId,
      types: asked.types,
      since: asked.since,
      requestUrl: `${base}${url.pathname.replace(/^\/fhir\/R4/, '')}${url.search}`,
      requestedBy: ctx.user.id,
      now: toInstant(now),
      // A job that never finishes is cleared after twice the keeping time.
      expiresAt: toInstant(new Date(now.getTime() + 2 * BULK_KEEP_MS)),
    });
    await enqueueWithChange(deps, {
      kind: BULK_EXPORT_KIND,
      key: `${BULK_EXPORT_KIND}:${id}`,
      payload: { exportId: id },
    });
  });
  return reply.status(202).header('content-location', `${base}/${STATUS}/${id}`).send();
}

/** The caller's own export; anyone else's is "not found", so ids reveal nothing. */
async function ownExport(ctx: RequestContext, id: string): Promise<FhirBulkExportRow> {
  // Export ids are UUIDs: anything else (a NUL the database would refuse) is not found without asking it.
  const row = EXPORT_ID.test(id) ? await findBulkExport(ctx.db, id) : undefined;
  if (!row || row.requested_by !== ctx.user.id) throw fail.notFound(`export ${id}`);
  return row;
}

async function manifest(ctx: RequestContext, base: string, row: FhirBulkExportRow) {
  const files = await listBulkFiles(ctx.db, row.id);
  const order = row.types.split(',');
  files.sort((a, b) => order.indexOf(a.resource_type) - order.indexOf(b.resource_type) || a.part - b.part);
  return {
    transactionTime: row.transaction_time,
    request: row.request_url,
    requiresAccessToken: true,
    output: files.map((f) => ({
      type: f.resource_type,
      url: `${base}/${FILE}/${row.id}/${f.resource_type}/${f.part}`,
      count: f.count,
    })),
    error: [],
  };
}

export function bulkExportRoutes(fhir: FastifyInstance, deps: AppDeps, base: string): void {
  fhir.get('/$export', (req, reply) => kickOff(deps, base, req, reply, 'system'));
  fhir.get('/Patient/$export', (req, reply) => kickOff(deps, base, req, reply, 'patient'));
  fhir.get<{ Params: { id: string } }>('/Group/:id/$export', (req, reply) =>
    kickOff(deps, base, req, reply, 'group', req.params.id),
  );

  // The manifest is plain JSON (not a FHIR resource).
  fhir.get<{ Params: { id: string } }>(
    `/${STATUS}/:id`,
    { config: { answers: MANIFEST_TYPE } },
    async (req, reply) => {
      const ctx = await fhirContext(deps, req);
      const row = await ownExport(ctx, req.params.id);
      // A job that failed for good (its tries used up) leaves the export in progress: say it failed.
      const job = await findJobByKey(ctx.db, `${BULK_EXPORT_KIND}:${row.id}`);
      if (row.status === 'failed' || job?.state === 'failed') {
        throw fail.unprocessable(
          'export_failed',
          `the export failed (${row.error ?? 'it could not be completed'}); start a new one`,
        );
      }
      if (row.status === 'in-progress') {
        return reply
          .status(202)
          .header('x-progress', row.progress ?? 'queued')
          .header('retry-after', String(RETRY_AFTER_S))
          .send();
      }
      void reply.header('expires', new Date(row.expires_at).toUTCString());
      return manifest(ctx, base, row);
    },
  );

  fhir.delete<{ Params: { id: string } }>(`/${STATUS}/:id`, async (req, reply) => {
    const ctx = await fhirContext(deps, req);
    await ownExport(ctx, req.params.id);
    await unitOfWork(deps.db, async () => {
      await auditSetup(
        ctx,
        'fhir.bulk.delete',
        'fhir_bulk_export',
        req.params.id,
        'deleted by the requester',
      );
      await deleteBulkExport(ctx.db, req.params.id);
    });
    return reply.status(202).send();
  });

  fhir.get<{ Params: { id: string; type: string; part: string } }>(
    `/${FILE}/:id/:type/:part`,
    { config: { answers: NDJSON_TYPE } },
    async (req, reply) => {
      const ctx = await fhirContext(deps, req);
      const row = await ownExport(ctx, req.params.id);
      const part = Number(req.params.part);
      const known = Number.isInteger(part) && fhirType(req.params.type) !== undefined;
      const content = known ? await readBulkFile(ctx.db, row.id, req.params.type, part) : null;
      if (content === null)
        throw fail.notFound(`file ${req.params.type} ${req.params.part} of export ${row.id}`);
      await auditSetup(
        ctx,
        'fhir.bulk.download',
        'fhir_bulk_export',
        row.id,
        `${req.params.type} part ${part}`,
      );
      return reply.send(content);
    },
  );
}
