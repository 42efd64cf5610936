import type { FastifyInstance } from 'fastify';
import { API } from '@omt/contracts';
import type { AppDeps } from '../../context';
import { defineRoute } from '../../http/define-route';
import { documentFile, listDocuments, removeDocument, uploadDocument } from './service';
import { consentForm, publishConsentForm, consentSummary, signConsent } from '../consent/service';
import { patientRecord } from '../patient-record/service';

/**
 * A file answer that can never run as a page: the type read from its bytes, no sniffing, no scripts, not cached,
 * framed only by the clinic's own pages.
 */
const FILE_HEADERS = {
  'x-content-type-options': 'nosniff',
  'content-security-policy':
    "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; object-src 'self'; frame-ancestors 'self'",
  'cache-control': 'private, no-store',
} as const;

export function documentRoutes(app: FastifyInstance, deps: AppDeps): void {
  defineRoute(app, deps, API.uploadDocument, ({ params, body }, ctx) => uploadDocument(ctx, params.id, body));
  defineRoute(app, deps, API.listDocuments, ({ params }, ctx) => listDocuments(ctx, params.id));
  defineRoute(app, deps, API.removeDocument, ({ params, body }, ctx) =>
    removeDocument(ctx, params.id, body.reason),
  );
  defineRoute(app, deps, API.documentContent, async ({ params, query }, ctx, reply) => {
    const file = await documentFile(ctx, params.id, query.disposition);
    return reply
      .headers(FILE_HEADERS)
      .type(file.mediaType)
      .header('content-disposition', `${query.disposition}; filename="${file.fileName}"`)
      .send(file.bytes);
  });

  defineRoute(app, deps, API.consentForm, (_input, ctx) => consentForm(ctx));
  defineRoute(app, deps, API.publishConsentForm, ({ body }, ctx) => publishConsentForm(ctx, body));
  defineRoute(app, deps, API.patientConsent, ({ params }, ctx) => consentSummary(ctx, params.id));
  defineRoute(app, deps, API.signConsent, ({ params, body }, ctx) => signConsent(ctx, params.id, body));

  defineRoute(app, deps, API.patientRecord, ({ params, query }, ctx) =>
    patientRecord(ctx, params.id, query.lang),
  );
}
