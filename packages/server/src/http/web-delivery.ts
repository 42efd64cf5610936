import { existsSync } from 'node:fs';
import { constants } from 'node:zlib';
import type { FastifyInstance, FastifyReply, RouteShorthandOptions } from 'fastify';
import compress from '@fastify/compress';
import fastifyStatic from '@fastify/static';

/** Vite names what it builds under /assets by content hash, so a name's content never changes. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** index.html (and the other unhashed files) are revalidated on every load, so a release is picked up at once. */
export const REVALIDATE = 'no-cache';

/** Brotli or gzip, as the browser accepts, for JSON, the web assets and other text over 1 KB. */
function compression(brotliQuality: number) {
  return {
    encodings: ['br' as const, 'gzip' as const],
    threshold: 1024,
    brotliOptions: { params: { [constants.BROTLI_PARAM_QUALITY]: brotliQuality } },
  };
}

/**
 * Compresses every answer (a hijacked stream, the worklist's events, is never buffered). Brotli runs at quality 4: on
 * the fly, the top qualities cost far more time than they save bytes.
 */
export async function compressResponses(app: FastifyInstance): Promise<void> {
  await app.register(compress, compression(4));
}

/**
 * For a route whose answers run to hundreds of kB of JSON (the network-wide availability search: 182 kB for 8
 * weeks, grouped): brotli quality 2, which on that answer takes 1.5 ms against quality 4's 2.35 ms, for 19.0 against
 * 17.8 kB (bench/README.md, "A compact availability answer"). On small answers the two differ by microseconds.
 */
export const LARGE_JSON_ANSWERS: Pick<RouteShorthandOptions, 'compress'> = { compress: compression(2) };

function cacheHeaders(reply: FastifyReply, path: string): void {
  void reply.header('cache-control', /[\\/]assets[\\/]/.test(path) ? IMMUTABLE : REVALIDATE);
}

/**
 * The built web app: hashed assets cached for a year, everything else revalidated, source maps never served (the
 * build keeps them, unreferenced, for reading a stack trace), and page paths fall back to index.html.
 */
export async function serveWebApp(app: FastifyInstance, webDist: string): Promise<void> {
  const hasWeb = existsSync(webDist);
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: webDist,
      cacheControl: false,
      setHeaders: cacheHeaders,
      allowedPath: (pathName) => !pathName.endsWith('.map'),
    });
  }
  app.setNotFoundHandler((req, reply) => {
    const path = req.url.split('?')[0] ?? '';
    // Only page paths fall back to the app; an API path or a missing file (has an extension) is a real 404.
    if (!hasWeb || path.startsWith('/api/') || req.method !== 'GET' || /\.[a-z0-9]+$/i.test(path)) {
      void reply.status(404).send({ code: 'not_found', message: `no route ${req.method} ${path}` });
      return;
    }
    void reply.header('cache-control', REVALIDATE).type('text/html').sendFile('index.html');
  });
}
