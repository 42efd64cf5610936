import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASES } from '../../../../../scripts/test-support/databases';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { patientIdOf } from '../../test-support/factories';
import { refusalLog } from '../../test-support/refusal-log';
import {
  authorizeRequest,
  launchRequest,
  registerSmartApp,
  TEST_CHALLENGE,
} from '../../test-support/smart-app';

const REDIRECT = 'https://diary.example/cb';
const STATE = 'state-7f3a9c';

/** A refused authorization request: answered as before (the refusal page, or back to the app with `error=`). */
type Answer = { page: true } | { error: string; description: string };

describe.each(TEST_DATABASES)('refused authorization requests are audited on $name', (kind) => {
  let t: TestApp;
  let clientId: string;
  beforeAll(async () => {
    t = await startTestApp(kind);
    clientId = await registerSmartApp(t, 'Pain Diary', [REDIRECT]);
  }, 60_000);
  afterAll(() => t.close());
  const { rowsSince, settle, expectOneRefusal } = refusalLog(() => t);
  const app = () => `app Pain Diary (${clientId})`;

  it.each<[string, Record<string, string | undefined>, Answer, () => string]>([
    [
      'an unknown app',
      { client_id: 'no-such-app' },
      { page: true },
      () => 'client_id "no-such-app" (not a registered app): client_id is not a registered app',
    ],
    [
      'no client id',
      { client_id: undefined },
      { page: true },
      () => 'no client_id given: client_id is required',
    ],
    [
      'a redirect URI the app did not register',
      { redirect_uri: 'https://elsewhere.example/cb' },
      { page: true },
      () => `${app()}: redirect_uri is not one the app registered`,
    ],
    [
      'a system scope',
      { scope: 'system/*.read openid' },
      {
        error: 'invalid_scope',
        description:
          'scope must hold patient/ or user/ scopes on served types, e.g. patient/*.rs or user/Patient.rs',
      },
      () =>
        `${app()}: invalid_scope: scope must hold patient/ or user/ scopes on served types, e.g. patient/*.rs or ` +
        'user/Patient.rs; asked for "system/*.read openid"',
    ],
    [
      'a scope on a type not served',
      { scope: 'patient/Unicorn.rs' },
      {
        error: 'invalid_scope',
        description:
          'scope must hold patient/ or user/ scopes on served types, e.g. patient/*.rs or user/Patient.rs',
      },
      () =>
        `${app()}: invalid_scope: scope must hold patient/ or user/ scopes on served types, e.g. patient/*.rs or user/Patient.rs; asked for "patient/Unicorn.rs"`,
    ],
    [
      'no PKCE challenge',
      { code_challenge: undefined },
      { error: 'invalid_request', description: 'code_challenge is required (PKCE)' },
      () => `${app()}: invalid_request: code_challenge is required (PKCE)`,
    ],
    [
      'a plain PKCE challenge',
      { code_challenge_method: 'plain' },
      { error: 'invalid_request', description: 'code_challenge_method must be S256' },
      () => `${app()}: invalid_request: code_challenge_method must be S256`,
    ],
    [
      'another response type',
      { response_type: 'token' },
      { error: 'unsupported_response_type', description: 'response_type must be code' },
      () => `${app()}: unsupported_response_type: response_type must be code`,
    ],
  ])('%s: the same answer, one denied row naming the app and why', async (_what, over, answer, detail) => {
    await settle();
    const res = await authorizeRequest(t, clientId, 'patient/*.rs', { state: STATE, ...over });
    if ('page' in answer) {
      expect(res.statusCode).toBe(400);
      expect(res.headers.location).toBeUndefined();
      expect(res.body).toContain('This app cannot connect');
    } else {
      expect(res.statusCode).toBe(302);
      const back = new URL(res.headers.location as string);
      expect(back.origin + back.pathname).toBe(REDIRECT);
      expect(Object.fromEntries(back.searchParams)).toEqual({
        error: answer.error,
        error_description: answer.description,
        state: STATE,
      });
    }
    await expectOneRefusal({ action: 'app.authorize', account: null, actor: null, detail: detail() }, [
      TEST_CHALLENGE,
      STATE,
    ]);
  });

  it('a request it keeps writes only its allowed row', async () => {
    await settle();
    expect((await authorizeRequest(t, clientId, 'patient/*.rs')).statusCode).toBe(302);
    expect((await rowsSince()).map((r) => [r.action, r.outcome])).toEqual([['app.authorize', 'allowed']]);
  });

  it('a patient allowing an app for a patient not theirs: 403, one denied row naming both (the audited gate)', async () => {
    const { handle } = await launchRequest(t, clientId, 'patient/*.rs');
    const alex = await t.login('alex@demo.clinic');
    const mariaId = await patientIdOf(t, 'maria@demo.clinic');
    await settle();
    const r = await t.call(alex, 'POST', `/api/smart/requests/${handle}/decision`, {
      allow: true,
      patientId: mariaId,
    });
    expect(r.status).toBe(403);
    const rows = await rowsSince();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      action: 'app.connect',
      outcome: 'denied',
      patient_id: mariaId,
      user_id: await t.userId('alex@demo.clinic'),
      resource_type: 'smart.grant',
    });
    expect(JSON.stringify(rows[0])).not.toContain(handle);
  });
});
