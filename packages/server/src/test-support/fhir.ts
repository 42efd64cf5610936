/** What the FHIR API's tests share: a GET as a login, and the validator's verdict on what the server sent. */
import { expect } from 'vitest';
import { validateFhir } from '../../../fhir/src/test-support/validator';
import type { TestApp } from './test-app';

/**
 * GET `url` (a path, or an absolute URL the server gave, e.g. a `next` link) with the caller's token and any headers;
 * the body parsed when it is JSON.
 */
export async function fhirGet(
  t: TestApp,
  token: string | null,
  url: string,
  headers: Record<string, string> = {},
) {
  const res = await t.app.inject({
    method: 'GET',
    url: url.replace(/^https?:\/\/[^/]+/, ''),
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
  });
  const json = /^application\/(fhir\+)?json/.test(String(res.headers['content-type'])) && res.body;
  return { status: res.statusCode, body: json ? JSON.parse(res.body) : undefined, res };
}

/** Fails the test unless the resource (or Bundle, or OperationOutcome) is valid R4. */
export const expectValidFhir = (resource: unknown) =>
  expect(() => validateFhir(resource as never)).not.toThrow();

/** Indexes the R4 definitions for the validator once, before the tests (slow the first time). */
export function warmFhirValidator(): void {
  validateFhir({ resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'invalid' }] });
}

/** POST a FHIR body (`application/fhir+json`) with the caller's token; the answer's body parsed. */
export async function fhirPost(t: TestApp, token: string, url: string, body: unknown) {
  const res = await t.app.inject({
    method: 'POST',
    url,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/fhir+json' },
    payload: JSON.stringify(body),
  });
  return { status: res.statusCode, body: res.body ? JSON.parse(res.body) : undefined, res };
}
