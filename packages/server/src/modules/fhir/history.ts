/**
 * History and version reads (`_history`) of the types whose record keeps versions (a plan of care's revisions): the
 * versions newest first as a history Bundle, and one version by its `versionId`. Read and audited like a read; a type
 * that keeps no versions answers 405 naming the ones that do.
 */
import type { FastifyInstance } from 'fastify';
import type { Bundle } from '@medplum/fhirtypes';
import type { AppDeps } from '../../context';
import { DomainError, fail } from '../../errors';
import { fhirContext } from './fhir-context';
import { FHIR_TYPES, fhirType } from './resource-types';
import { readResource } from './service';
import type { FhirTypeDef } from './type-def';
import { etagOf, withMeta } from './versioning';

/** The types with a history, for the CapabilityStatement and refusals. */
export const HISTORY_TYPES = FHIR_TYPES.filter((d) => d.history).map((d) => d.type);

function withHistory(type: string): FhirTypeDef & Required<Pick<FhirTypeDef, 'history'>> {
  const def = fhirType(type);
  if (!def) throw fail.notFound(`resource type ${type}`);
  if (!def.history) {
    throw new DomainError(
      405,
      'method_not_allowed',
      `${type} keeps no earlier versions; _history is served for ${HISTORY_TYPES.join(', ')}`,
    );
  }
  return def as FhirTypeDef & Required<Pick<FhirTypeDef, 'history'>>;
}

export function historyRoutes(fhir: FastifyInstance, deps: AppDeps, base: string): void {
  const versionsOf = async (type: string, id: string, req: Parameters<typeof fhirContext>[1]) => {
    const def = withHistory(type);
    const ctx = await fhirContext(deps, req);
    // The current version through the audited gate first: a refusal or a missing resource stops here.
    await readResource(ctx, def, id);
    return (await def.history(ctx.db, id)).map(withMeta);
  };

  fhir.get<{ Params: { type: string; id: string } }>('/:type/:id/_history', async (req): Promise<Bundle> => {
    const versions = (await versionsOf(req.params.type, req.params.id, req)).reverse();
    const url = `${req.params.type}/${req.params.id}`;
    return {
      resourceType: 'Bundle',
      type: 'history',
      total: versions.length,
      link: [{ relation: 'self', url: `${base}/${url}/_history` }],
      entry: versions.map((resource, i) => {
        const first = i === versions.length - 1;
        return {
          fullUrl: `${base}/${url}`,
          resource,
          request: { method: first ? 'POST' : 'PUT', url: first ? req.params.type : url },
          response: {
            status: first ? '201 Created' : '200 OK',
            etag: etagOf(resource),
            ...(resource.meta?.lastUpdated ? { lastModified: resource.meta.lastUpdated } : {}),
          },
        };
      }),
    };
  });

  fhir.get<{ Params: { type: string; id: string; vid: string } }>(
    '/:type/:id/_history/:vid',
    async (req, reply) => {
      const versions = await versionsOf(req.params.type, req.params.id, req);
      const found = versions.find((v) => v.meta?.versionId === req.params.vid);
      if (!found) throw fail.notFound(`${req.params.type}/${req.params.id}/_history/${req.params.vid}`);
      void reply.header('etag', etagOf(found));
      return found;
    },
  );
}
