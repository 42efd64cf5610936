/**
 * What a FHIR write sends, read as the REST API's input: the body parsed as JSON and validated as FHIR R4 (400 naming
 * the element), then the mapped fields checked with the REST contract, a refusal naming the FHIR element it came from.
 */
import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { FhirInputError, firstFhirProblem, type FhirPathOf, type FhirResource } from '@omt/fhir';
import { DomainError, zodIssueField } from '../../../errors';
import { plainIssue } from '../../../http/plain-messages';
import { nulCharacterAt } from '../../../http/nul-characters';
import { requireJsonBody } from '../negotiation';

const invalid = (path: string, message: string) =>
  new DomainError(400, 'validation_failed', `${path}: ${message}`, path);

/** The body as a FHIR resource of the type the URL names: 415 when not JSON, 400 naming the element at fault. */
export function readFhirBody<T extends FhirResource>(req: FastifyRequest, type: T['resourceType']): T {
  requireJsonBody(req);
  let body: unknown;
  try {
    // The FHIR routes read every body as bytes (routes.ts); none is an empty body.
    body = JSON.parse(Buffer.isBuffer(req.body) ? req.body.toString('utf8') : '');
  } catch {
    throw invalid(type, 'the body is not valid JSON');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw invalid(type, `the body must be a ${type} resource (a JSON object)`);
  }
  const resourceType = (body as { resourceType?: unknown }).resourceType;
  if (resourceType !== type) {
    throw invalid(`${type}.resourceType`, `must be ${type}, not ${JSON.stringify(resourceType ?? null)}`);
  }
  const nul = nulCharacterAt(body);
  if (nul) throw invalid([type, ...nul].join('.'), 'must not contain a NUL character');
  const problem = firstFhirProblem(body as FhirResource);
  if (problem) throw invalid(problem.path ?? type, problem.message);
  return body as T;
}

/** Runs a mapping, its FhirInputError a 400 naming the element. */
export function mapped<R>(map: () => R): R {
  try {
    return map();
  } catch (error) {
    if (error instanceof FhirInputError)
      throw invalid(error.path, error.message.slice(error.path.length + 2));
    throw error;
  }
}

/** Checks mapped fields with a REST contract's schema; a refusal names the FHIR element the field came from. */
export function checkWith<S extends z.ZodType>(schema: S, input: unknown, pathOf: FhirPathOf): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = zodIssueField(issue, 'body');
  throw invalid(pathOf(field), plainIssue(issue, field));
}

/**
 * Runs a REST service, a refusal naming one of its fields (`birthDate`) renamed to the FHIR element it came from
 * (`Patient.birthDate`).
 */
export async function inFhirTerms<R>(run: () => Promise<R>, pathOf: FhirPathOf): Promise<R> {
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof DomainError) || !error.field || error.status >= 500) throw error;
    const path = pathOf(error.field);
    const rest = error.message.startsWith(`${error.field}: `)
      ? error.message.slice(error.field.length + 2)
      : error.message;
    throw new DomainError(error.status, error.code, `${path}: ${rest}`, path, error.details);
  }
}
