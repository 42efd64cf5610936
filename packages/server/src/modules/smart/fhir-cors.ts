/**
 * Browser apps (SMART public clients) call the FHIR API from their own origin with a Bearer token: any origin may read
 * the answers, never with credentials (`*` keeps the session cookie out of it), and a preflight is answered.
 */
import type { FastifyInstance } from 'fastify';

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-expose-headers': 'etag, last-modified, location, content-location',
};

export function fhirCors(app: FastifyInstance, fhirPrefix: string): void {
  const inFhir = (url: string) =>
    url === fhirPrefix || url.startsWith(`${fhirPrefix}/`) || url.startsWith(`${fhirPrefix}?`);
  app.addHook('onSend', (req, reply, payload, next) => {
    if (inFhir(req.url)) void reply.headers(CORS);
    next(null, payload);
  });
  app.options(`${fhirPrefix}/*`, (_req, reply) =>
    reply
      .status(204)
      .headers({
        ...CORS,
        'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE',
        'access-control-allow-headers':
          'authorization, accept, content-type, if-none-match, if-match, prefer',
        'access-control-max-age': '600',
      })
      .send(),
  );
}
