/**
 * `/fhir/R4`: the CapabilityStatement, read and search. Errors are OperationOutcomes, JSON only, the same logins,
 * policy and audit as `/api` (`service.ts`).
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { operationOutcome, searchsetBundle, type FhirResource } from '@omt/fhir';
import type { AppDeps } from '../../context';
import { DomainError } from '../../errors';
import { fhirContext } from './fhir-context';
import { bulkExportRoutes, NDJSON_TYPE } from './bulk/export-routes';
import { everythingRoute } from './everything';
import { historyRoutes } from './history';
import { capabilityStatement } from './capability';
import { requireJsonAccepted, requireJsonBody, wantsLenient } from './negotiation';
import { parseSearch, searchUrl } from './parse-search';
import { fhirType, type FhirTypeDef } from './resource-types';
import { readResource, searchResources } from './service';
import { etagOf, matchesIfNoneMatch } from './versioning';
import { fhirWriteRoutes } from './writes/routes';

export const FHIR_PREFIX = '/fhir/R4';
const FHIR_JSON = 'application/fhir+json; charset=utf-8';

const ISSUE_CODE: Record<
  number,
  'invalid' | 'login' | 'forbidden' | 'not-found' | 'not-supported' | 'conflict'
> = {
  400: 'invalid',
  401: 'login',
  403: 'forbidden',
  404: 'not-found',
  405: 'not-supported',
  406: 'not-supported',
  409: 'conflict',
  413: 'invalid',
  415: 'not-supported',
};

function sendOutcome(reply: FastifyReply, status: number, message: string, field?: string): void {
  const code = ISSUE_CODE[status] ?? (status >= 500 ? 'exception' : 'processing');
  void reply
    .status(status)
    .type(FHIR_JSON)
    .send(operationOutcome(code, message, field));
}

function fhirErrorHandler(error: unknown, req: FastifyRequest, reply: FastifyReply): void {
  if (error instanceof DomainError) return sendOutcome(reply, error.status, error.message, error.field);
  const fe = error as Partial<FastifyError>;
  if (typeof fe.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500) {
    return sendOutcome(reply, fe.statusCode, fe.message ?? 'bad request');
  }
  req.log.error({ err: error }, 'unhandled error');
  sendOutcome(reply, 500, 'internal error');
}

/** The type a route answers in when it is not FHIR JSON (its `config.answers`: a Bulk manifest or file). */
const answerType = (req: FastifyRequest) => (req.routeOptions.config as { answers?: string }).answers;

function typeOf(type: string): FhirTypeDef {
  const def = fhirType(type);
  if (!def)
    throw new DomainError(
      404,
      'not_found',
      `resource type ${type} is not served here (see ${FHIR_PREFIX}/metadata)`,
    );
  return def;
}

export function fhirRoutes(app: FastifyInstance, deps: AppDeps): void {
  const base = `${deps.config.publicUrl}${FHIR_PREFIX}`;
  void app.register(
    (fhir, _opts, done) => {
      fhir.setErrorHandler(fhirErrorHandler);
      fhir.setNotFoundHandler((req, reply) =>
        sendOutcome(reply, 404, `no route ${req.method} ${req.url.split('?')[0]}`),
      );
      // Bodies are read as they come: a write is refused by its type (415) before anything parses it.
      fhir.removeAllContentTypeParsers();
      fhir.addContentTypeParser('*', { parseAs: 'buffer' }, (_req, body, next) => next(null, body));
      fhir.addHook('onRequest', (req, _reply, next) => {
        try {
          // A Bulk export's files are ndjson; everything else answers JSON.
          if (answerType(req) !== NDJSON_TYPE) requireJsonAccepted(req);
          next();
        } catch (error) {
          next(error as Error);
        }
      });
      // Patient data: no shared cache keeps it, and a client revalidates (If-None-Match) before reusing its copy.
      fhir.addHook('onSend', (req, reply, payload, next) => {
        // Refusals are OperationOutcomes whatever the route answers otherwise.
        if (reply.statusCode !== 304) {
          void reply.type((reply.statusCode < 400 && answerType(req)) || FHIR_JSON);
        }
        void reply.header('cache-control', 'private, no-cache');
        next(null, payload);
      });

      bulkExportRoutes(fhir, deps, base);
      everythingRoute(fhir, deps, base);
      historyRoutes(fhir, deps, base);

      fhir.get('/metadata', () => Promise.resolve(capabilityStatement(base, deps.clock().toISOString())));

      fhir.get<{ Params: { type: string } }>('/:type', async (req) => {
        const def = typeOf(req.params.type);
        const ctx = await fhirContext(deps, req);
        const search = parseSearch(def, new URL(req.url, 'http://x').searchParams, wantsLenient(req));
        const page = await searchResources(ctx, def, search);
        const next = search.offset + search.count < page.total ? search.offset + search.count : null;
        return searchsetBundle(
          base,
          page.resources,
          page.total,
          {
            self: searchUrl(base, def.type, search, search.offset),
            next: next === null || search.count === 0 ? null : searchUrl(base, def.type, search, next),
          },
          page.included,
        );
      });

      fhir.get<{ Params: { type: string; id: string } }>('/:type/:id', async (req, reply) => {
        const def = typeOf(req.params.type);
        const ctx = await fhirContext(deps, req);
        const resource: FhirResource = await readResource(ctx, def, req.params.id);
        void reply.header('etag', etagOf(resource));
        if (resource.meta?.lastUpdated) {
          void reply.header('last-modified', new Date(resource.meta.lastUpdated).toUTCString());
        }
        if (matchesIfNoneMatch(req.headers['if-none-match'], resource)) return reply.status(304).send();
        return resource;
      });

      // Any other path under the prefix (the web app's static files would otherwise answer it).
      fhir.get('/*', (req) => {
        throw new DomainError(404, 'not_found', `no route GET ${req.url.split('?')[0]}`);
      });

      fhirWriteRoutes(fhir, deps, base, (req) => fhirContext(deps, req));

      // Other writes: a body in another format is a 415, a FHIR JSON one a 405.
      fhir.route({
        method: ['POST', 'PUT', 'PATCH', 'DELETE'],
        url: '/*',
        handler: async (req) => {
          if (req.method !== 'DELETE') requireJsonBody(req);
          await fhirContext(deps, req);
          throw new DomainError(
            405,
            'method_not_allowed',
            `${req.method} ${req.url.split('?')[0]} is not supported: see ${FHIR_PREFIX}/metadata`,
          );
        },
      });
      done();
    },
    { prefix: FHIR_PREFIX },
  );
}
