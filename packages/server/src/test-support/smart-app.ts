import { createHash } from 'node:crypto';
import type { TestApp } from './test-app';

/** The PKCE verifier of the test launches, and its S256 challenge. */
export const TEST_VERIFIER = 'test-verifier-0123456789-abcdefghijklmnopqrstuvwxyz';
export const TEST_CHALLENGE = createHash('sha256').update(TEST_VERIFIER).digest('base64url');

/** A patient login connects a registered app to one of its patients (launch, consent); returns the grant's id. */
export async function connectApp(
  t: TestApp,
  email: string,
  clientId: string,
  patientId: string,
  scope = 'patient/*.rs',
): Promise<string> {
  const app = await t.handle.db
    .selectFrom('smart_apps')
    .select('redirect_uris_json')
    .where('client_id', '=', clientId)
    .executeTakeFirstOrThrow();
  const query = new URLSearchParams({
    response_type: 'code',
    client_id: clientId,
    redirect_uri: (JSON.parse(app.redirect_uris_json) as string[])[0]!,
    scope,
    aud: `${t.deps.config.publicUrl}/fhir/R4`,
    code_challenge: TEST_CHALLENGE,
    code_challenge_method: 'S256',
  });
  const launch = await t.app.inject({ method: 'GET', url: `/oauth/authorize?${query.toString()}` });
  const handle = String(launch.headers.location).replace('/portal/connect/', '');
  const token = await t.login(email);
  const answer = await t.call(token, 'POST', `/api/smart/requests/${handle}/decision`, {
    allow: true,
    patientId,
  });
  if (answer.status !== 200) throw new Error(`consent → ${answer.status} ${JSON.stringify(answer.body)}`);
  const grants = await t.call(token, 'GET', '/api/smart/connected-apps');
  return (grants.body.apps as { id: string; patientId: string }[]).find((g) => g.patientId === patientId)!.id;
}
