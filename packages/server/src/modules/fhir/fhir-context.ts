import type { FastifyRequest } from 'fastify';
import { RequestContext, type AppDeps } from '../../context';
import { enforceTotpEnrolment } from '../../auth/totp-gate';
import { authenticateFhir } from '../smart/fhir-access';

/**
 * The caller of a FHIR request: the same logins as `/api` (session cookie or Bearer token, with their checks), or a
 * SMART app's token limited to its grant.
 */
export async function fhirContext(deps: AppDeps, req: FastifyRequest): Promise<RequestContext> {
  const user = await authenticateFhir(deps, req);
  await enforceTotpEnrolment(deps, user);
  return new RequestContext(deps, user);
}
