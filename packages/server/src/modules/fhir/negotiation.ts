import type { FastifyRequest } from 'fastify';
import { DomainError } from '../../errors';

const JSON_TYPES = ['application/fhir+json', 'application/json'];
const ACCEPTABLE = [...JSON_TYPES, 'application/*', '*/*'];
const JSON_FORMATS = ['json', ...JSON_TYPES];

/** JSON only: an Accept (or `_format`) that allows no JSON is a 406. */
export function requireJsonAccepted(req: FastifyRequest): void {
  const format = new URL(req.url, 'http://x').searchParams.get('_format');
  if (format !== null && !JSON_FORMATS.includes(format.split(';')[0]!.trim())) {
    throw new DomainError(
      406,
      'not_acceptable',
      `_format ${format} is not served: this API speaks JSON only`,
    );
  }
  const accept = req.headers.accept;
  if (!accept) return;
  const types = accept.split(',').map((t) => t.split(';')[0]!.trim().toLowerCase());
  if (!types.some((t) => ACCEPTABLE.includes(t))) {
    throw new DomainError(406, 'not_acceptable', `Accept ${accept} is not served: use application/fhir+json`);
  }
}

/** A body in another format than FHIR JSON is a 415. */
export function requireJsonBody(req: FastifyRequest): void {
  const type = String(req.headers['content-type'] ?? '')
    .split(';')[0]!
    .trim()
    .toLowerCase();
  if (!JSON_TYPES.includes(type)) {
    throw new DomainError(
      415,
      'unsupported_media_type',
      `send application/fhir+json, not ${type || 'no type'}`,
    );
  }
}

/** `Prefer: handling=lenient` asks to ignore unknown search parameters. */
export const wantsLenient = (req: FastifyRequest) =>
  /(^|[,;\s])handling=lenient\b/.test(String(req.headers.prefer ?? ''));
