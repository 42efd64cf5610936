import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASES } from '../../../../../scripts/test-support/databases';
import { startTestApp, TEST_NOW, type TestApp } from '../../test-support/test-app';
import { patientIdOf } from '../../test-support/factories';
import { refusalLog } from '../../test-support/refusal-log';
import { allowLaunch, postToken, registerSmartApp, TEST_VERIFIER } from '../../test-support/smart-app';
import { tokenHash } from '../../auth/sessions';

const REDIRECT = 'https://diary.example/cb';
const SCOPE = 'patient/Patient.rs offline_access';
/** What a confused app might send beside its form: never to be found in a row. */
const CLIENT_SECRET = 'client-secret-5d1e0b7c';

describe.each(TEST_DATABASES)('refused token requests are audited on $name', (kind) => {
  let t: TestApp;
  let clientId: string;
  let otherClientId: string;
  let alexUser: string;
  let alexId: string;
  beforeAll(async () => {
    t = await startTestApp(kind);
    clientId = await registerSmartApp(t, 'Pain Diary', [REDIRECT]);
    otherClientId = await registerSmartApp(t, 'Step Counter', ['https://steps.example/cb']);
    alexUser = await t.userId('alex@demo.clinic');
    alexId = await patientIdOf(t, 'alex@demo.clinic');
  }, 60_000);
  afterAll(() => t.close());
  const { settle, expectOneRefusal } = refusalLog(() => t);
  const app = () => `app Pain Diary (${clientId})`;

  /** Alex allows the app: a fresh code, not yet exchanged, and Alex's session. */
  async function freshCode() {
    const { back, login } = await allowLaunch(t, 'alex@demo.clinic', clientId, alexId, SCOPE);
    return { code: back.searchParams.get('code')!, login };
  }
  const codeForm = (code: string, over: Record<string, string> = {}) => ({
    grant_type: 'authorization_code',
    code,
    redirect_uri: REDIRECT,
    client_id: clientId,
    code_verifier: TEST_VERIFIER,
    client_secret: CLIENT_SECRET,
    ...over,
  });
  /** The secrets a form holds: its code, verifier, password and client secret (whatever their values). */
  const secretsOf = (form: Record<string, string>) =>
    ['code', 'code_verifier', 'password', 'client_secret'].flatMap((name) =>
      form[name] ? [form[name]] : [],
    );
  /** The token endpoint's refusal, exactly as RFC 6749 shapes it (and never stored by a cache). */
  function expectAnswer(
    res: Awaited<ReturnType<typeof postToken>>,
    status: number,
    error: string,
    description: string,
  ) {
    expect([res.statusCode, res.json()]).toEqual([status, { error, error_description: description }]);
    expect(res.headers['cache-control']).toBe('no-store');
  }
  /** Alex's tokens for the app (an exchanged code). */
  async function tokens() {
    const { code } = await freshCode();
    const res = await postToken(t, codeForm(code));
    expect(res.statusCode).toBe(200);
    return res.json<{ access_token: string; refresh_token: string }>();
  }

  describe('a code exchange', () => {
    it.each<
      [string, (code: string) => Record<string, string>, number, string, string, 'alex' | null, string]
    >([
      [
        'an unknown client',
        (code) => codeForm(code, { client_id: 'no-such-app' }),
        401,
        'invalid_client',
        'client_id is not a registered app',
        null,
        'client_id "no-such-app" (not a registered app): invalid_client: client_id is not a registered app',
      ],
      [
        'an unknown code',
        () => codeForm('not-a-code-9a8b7c6d5e4f'),
        400,
        'invalid_grant',
        'code is not known for this client',
        null,
        'app Pain Diary (CLIENT): invalid_grant: code is not known for this client',
      ],
      [
        "another app's code",
        (code) => codeForm(code, { client_id: otherClientId }),
        400,
        'invalid_grant',
        'code is not known for this client',
        'alex',
        'app Step Counter (OTHER): invalid_grant: code is not known for this client',
      ],
      [
        'a verifier that does not match',
        (code) => codeForm(code, { code_verifier: 'w'.repeat(50) }),
        400,
        'invalid_grant',
        'code_verifier does not match the code_challenge',
        'alex',
        'app Pain Diary (CLIENT): invalid_grant: code_verifier does not match the code_challenge',
      ],
      [
        'another redirect URI',
        (code) => codeForm(code, { redirect_uri: 'https://diary.example/other' }),
        400,
        'invalid_grant',
        'redirect_uri is not the one of the authorization request',
        'alex',
        'app Pain Diary (CLIENT): invalid_grant: redirect_uri is not the one of the authorization request',
      ],
      [
        'no verifier',
        (code) => {
          const { code_verifier: _left, ...form } = codeForm(code);
          return form;
        },
        400,
        'invalid_request',
        'code_verifier is required',
        null,
        'app Pain Diary (CLIENT): invalid_request: code_verifier is required',
      ],
      [
        'a password grant',
        (code) => codeForm(code, { grant_type: 'password', password: 'hunter2-Orbit-lantern' }),
        400,
        'unsupported_grant_type',
        'grant_type must be authorization_code or refresh_token',
        null,
        'app Pain Diary (CLIENT): unsupported_grant_type: grant_type must be authorization_code or refresh_token',
      ],
    ])(
      'refused for %s: the same answer, one denied row',
      async (_what, form, status, error, description, account, detail) => {
        const { code } = await freshCode();
        const sent = form(code);
        await settle();
        expectAnswer(await postToken(t, sent), status, error, description);
        await expectOneRefusal(
          {
            action: 'app.token',
            account: account && alexUser,
            actor: null,
            detail: detail.replace('CLIENT', clientId).replace('OTHER', otherClientId),
          },
          [code, CLIENT_SECRET, TEST_VERIFIER, ...secretsOf(sent)],
        );
      },
    );

    it('refused once expired, naming the login the code was for', async () => {
      const { code } = await freshCode();
      await settle();
      t.clock.now = new Date(TEST_NOW.getTime() + 3 * 60_000);
      try {
        expectAnswer(await postToken(t, codeForm(code)), 400, 'invalid_grant', 'code has expired');
      } finally {
        t.clock.now = TEST_NOW;
      }
      await expectOneRefusal(
        {
          action: 'app.token',
          account: alexUser,
          actor: null,
          detail: `${app()}: invalid_grant: code has expired`,
        },
        [code, CLIENT_SECRET, TEST_VERIFIER],
      );
    });

    it('refused when used again: the access it gave is withdrawn (its row) and the refusal is audited', async () => {
      const { code } = await freshCode();
      expect((await postToken(t, codeForm(code))).statusCode).toBe(200);
      await settle();
      expectAnswer(await postToken(t, codeForm(code)), 400, 'invalid_grant', 'code was already used');
      await expectOneRefusal(
        {
          action: 'app.token',
          account: alexUser,
          actor: null,
          detail: `${app()}: invalid_grant: code was already used`,
        },
        [code, CLIENT_SECRET, TEST_VERIFIER],
        ['app.revoke'],
      );
    });

    it('refused when the login disconnected the app before the exchange', async () => {
      const { code, login } = await freshCode();
      const { grant_id: grantId } = await t.handle.db
        .selectFrom('smart_authorizations')
        .select('grant_id')
        .where('code_hash', '=', tokenHash(code))
        .executeTakeFirstOrThrow();
      expect((await t.call(login, 'DELETE', `/api/smart/connected-apps/${grantId}`)).status).toBe(200);
      await settle();
      expectAnswer(await postToken(t, codeForm(code)), 400, 'invalid_grant', 'the access was revoked');
      await expectOneRefusal(
        {
          action: 'app.token',
          account: alexUser,
          actor: null,
          detail: `${app()}: invalid_grant: the access was revoked`,
        },
        [code, CLIENT_SECRET, TEST_VERIFIER],
      );
    });

    it('refused when the body cannot be read (not a form): no client is known', async () => {
      const { code } = await freshCode();
      await settle();
      const res = await t.app.inject({
        method: 'POST',
        url: '/oauth/token',
        headers: { 'content-type': 'text/plain' },
        payload: `code=${code}&code_verifier=${TEST_VERIFIER}&client_id=${clientId}`,
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().error).toBe('invalid_request');
      await expectOneRefusal(
        { action: 'app.token', account: null, actor: null, detail: /^no client_id given: invalid_request: / },
        [code, TEST_VERIFIER],
      );
    });
  });

  describe('a refresh', () => {
    const refresh = (token: string, client = clientId) =>
      postToken(t, {
        grant_type: 'refresh_token',
        refresh_token: token,
        client_id: client,
        client_secret: CLIENT_SECRET,
      });
    const unknown = 'refresh_token is unknown, expired or revoked';

    it("refused for another app's refresh token, naming the login it was given for", async () => {
      const { refresh_token: token, access_token: access } = await tokens();
      await settle();
      expectAnswer(await refresh(token, otherClientId), 400, 'invalid_grant', unknown);
      await expectOneRefusal(
        {
          action: 'app.token',
          account: alexUser,
          actor: null,
          detail: `app Step Counter (${otherClientId}): invalid_grant: ${unknown}`,
        },
        [token, access, CLIENT_SECRET],
      );
    });

    it('refused for an unknown, a used or a revoked refresh token: one row each, naming no one', async () => {
      const { refresh_token: used } = await tokens();
      expect((await refresh(used)).statusCode).toBe(200);
      const { refresh_token: revoked } = await tokens();
      const alex = await t.login('alex@demo.clinic');
      const apps = (await t.call(alex, 'GET', '/api/smart/connected-apps')).body.apps as { id: string }[];
      for (const g of apps)
        expect((await t.call(alex, 'DELETE', `/api/smart/connected-apps/${g.id}`)).status).toBe(200);
      for (const token of ['smart.not-a-token-0123456789abcdef', used, revoked]) {
        await settle();
        expectAnswer(await refresh(token), 400, 'invalid_grant', unknown);
        await expectOneRefusal(
          { action: 'app.token', account: null, actor: null, detail: `${app()}: invalid_grant: ${unknown}` },
          [token, CLIENT_SECRET],
        );
      }
    });

    it('refused without a refresh token', async () => {
      await settle();
      expectAnswer(
        await postToken(t, { grant_type: 'refresh_token', client_id: clientId }),
        400,
        'invalid_request',
        'refresh_token is required',
      );
      await expectOneRefusal({
        action: 'app.token',
        account: null,
        actor: null,
        detail: `${app()}: invalid_request: refresh_token is required`,
      });
    });
  });
});
