/**
 * The OAuth side of SMART App Launch, outside `/api`: discovery, authorize, token and revocation. The token and
 * revocation endpoints take form bodies (RFC 6749) and answer anyone's browser app (CORS without credentials).
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { AppDeps } from '../../context';
import { errorHandler } from '../../errors';
import { authorize } from './authorize';
import { OAuthError } from './oauth-error';
import { auditOAuthRefusal } from './oauth-refusal';
import { issueToken, revokeToken } from './token-service';
import { OAUTH, smartConfiguration } from './well-known';
import { jwks } from './signing-keys';

const refusalPage = (message: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>This app cannot connect</title></head>` +
  `<body><main><h1>This app cannot connect</h1><p>${message}</p><p><a href="/">Go to the clinic's site</a></p>` +
  `</main></body></html>`;

function sendOAuthError(reply: FastifyReply, error: unknown): FastifyReply {
  if (!(error instanceof OAuthError)) throw error;
  return reply.status(error.status).send({ error: error.error, error_description: error.description });
}

export function oauthRoutes(app: FastifyInstance, deps: AppDeps, fhirPrefix: string): void {
  const fhirBase = `${deps.config.publicUrl}${fhirPrefix}`;
  const configuration = smartConfiguration(deps.config.publicUrl, fhirBase);
  const discovery = (_req: unknown, reply: FastifyReply) =>
    reply.header('access-control-allow-origin', '*').header('cache-control', 'no-cache').send(configuration);
  app.get('/.well-known/smart-configuration', discovery);
  app.get(`${fhirPrefix}/.well-known/smart-configuration`, discovery);
  // The keys id tokens are signed with (any app verifies them, from its own origin).
  app.get(OAUTH.jwks, async (_req, reply) =>
    reply
      .header('access-control-allow-origin', '*')
      .header('cache-control', 'no-cache')
      .type('application/jwk-set+json')
      .send(await jwks(deps)),
  );

  app.get(OAUTH.authorize, async (req, reply) => {
    const outcome = await authorize(deps, req.query as Record<string, unknown>, fhirBase);
    if (outcome.kind === 'redirect') return reply.redirect(outcome.location, 302);
    return reply.status(400).type('text/html; charset=utf-8').send(refusalPage(outcome.message));
  });

  void app.register((oauth, _opts, done) => {
    oauth.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string' },
      (_req, body, next) => next(null, Object.fromEntries(new URLSearchParams(body as string))),
    );
    oauth.addHook('onSend', (_req, reply, payload, next) => {
      void reply.header('access-control-allow-origin', '*');
      void reply.header('cache-control', 'no-store').header('pragma', 'no-cache');
      next(null, payload);
    });
    // A body the endpoints cannot read (another type, too large) is an OAuth invalid_request too; at the token
    // endpoint it is audited as its other refusals are, naming no client (the body was not read).
    oauth.setErrorHandler(async (error: { statusCode?: number; message?: string }, req, reply) => {
      if (typeof error.statusCode !== 'number' || error.statusCode >= 500)
        return errorHandler(error, req, reply);
      const refusal = new OAuthError('invalid_request', error.message ?? 'bad request');
      if (req.routeOptions.url === OAUTH.token) await auditTokenRefusal(undefined, refusal);
      return sendOAuthError(reply, refusal);
    });
    const form = (body: unknown) =>
      body && typeof body === 'object' ? (body as Record<string, string>) : {};
    const auditTokenRefusal = (clientId: string | undefined, refusal: OAuthError) =>
      auditOAuthRefusal(deps, {
        action: 'app.token',
        clientId,
        userId: refusal.account,
        reason: `${refusal.error}: ${refusal.description}`,
      });
    // Each refusal writes one `denied` row (`oauth-refusal.ts`), then is answered as RFC 6749 has it.
    oauth.post(OAUTH.token, async (req, reply) => {
      const body = form(req.body);
      try {
        return await issueToken(deps, body, fhirBase);
      } catch (error) {
        if (error instanceof OAuthError) await auditTokenRefusal(body.client_id, error);
        return sendOAuthError(reply, error);
      }
    });
    oauth.post(OAUTH.revoke, async (req, reply) => {
      try {
        await revokeToken(deps, form(req.body));
        return reply.status(200).send({});
      } catch (error) {
        return sendOAuthError(reply, error);
      }
    });
    done();
  });
}
