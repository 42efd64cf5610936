import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/browser';
import { patientIdViaApi } from './support/api';
import { useJourney } from './support/journey';
import { exchangeSmartCode, smartLaunch, tabTo } from './support/smart-launch';

/** Where a run keeps its screenshots when asked (E2E_SCREENSHOTS=/some/folder); none by default. */
const SCREENSHOTS = process.env.E2E_SCREENSHOTS;

const REDIRECT = 'https://pain-diary.example/callback';

/**
 * The admin registers a third-party app; it connects to Alex's record with SMART App Launch: the app sends him to the clinic, he logs in,
 * reads on the consent page what the app may see and allows it from the keyboard; the app exchanges the code with
 * its PKCE verifier and reads his Patient resource; he disconnects the app in "My record" and its token stops.
 */
describe('a patient connects a SMART app in Chromium, then disconnects it', () => {
  const j = useJourney();
  let token = '';
  let clientId = '';

  it('the admin registers the app on Third-party apps; a plain http address is refused', async () => {
    await j.as('admin@demo.clinic', async (page) => {
      await page.getByRole('navigation').getByRole('link', { name: 'Third-party apps' }).click();
      await page.getByRole('heading', { name: 'Third-party apps', level: 1 }).waitFor();
      await page.getByText('No apps are registered.').waitFor();
      await page.getByLabel('App name').fill('Pain Diary');
      await page.getByLabel('Redirect URIs').fill('http://pain-diary.example/callback');
      await page.getByRole('button', { name: 'Register app' }).click();
      await page.getByText('must be https (http only for localhost)', { exact: false }).waitFor();
      await page.getByLabel('Redirect URIs').fill(REDIRECT);
      await page.getByRole('button', { name: 'Register app' }).click();
      const registered = page
        .getByRole('status')
        .filter({ hasText: 'Pain Diary is registered with client id' });
      await registered.waitFor();
      clientId = (/client id (\S+)\.$/.exec((await registered.textContent()) ?? '') ?? [])[1] ?? '';
      await page
        .getByRole('row', { name: /Pain Diary/ })
        .getByText(REDIRECT)
        .waitFor();
      await expectNoAxeViolations(page, 'Third-party apps');
    });
    expect(clientId).toMatch(/^app-/);
  });

  it('Alex allows the app on the consent page; the app reads his record with the token', async () => {
    const alexId = await patientIdViaApi(j.clinic.url, 'alex@demo.clinic');
    // The app's discovery: the FHIR base from the CapabilityStatement, the endpoints from the SMART configuration.
    const fhirBase = (await (await fetch(`${j.clinic.url}/fhir/R4/metadata`)).json()).implementation
      .url as string;
    const smart = await (await fetch(`${j.clinic.url}/.well-known/smart-configuration`)).json();
    expect(smart.code_challenge_methods_supported).toEqual(['S256']);

    const launch = smartLaunch({
      clientId,
      redirectUri: REDIRECT,
      scope:
        'launch/patient openid fhirUser patient/Patient.rs patient/Appointment.rs patient/Encounter.rs ' +
        'patient/Observation.rs patient/QuestionnaireResponse.rs',
      state: 'journey-state',
      aud: fhirBase,
    });
    // The journey's Chromium (its page faults are watched), in a context not logged in yet.
    const context = await j.browser.newContext({ baseURL: j.clinic.url, locale: 'en-US' });
    try {
      context.setDefaultTimeout(15_000);
      // The app's own site is not part of this test: its callback answers a plain page.
      await context.route(`${REDIRECT}**`, (route) =>
        route.fulfill({ status: 200, body: 'Pain Diary callback' }),
      );
      const page = await context.newPage();
      await page.goto(launch.authorizePath);

      // Not logged in: the clinic's login, then back to the request.
      await page.getByLabel('Email').fill('alex@demo.clinic');
      await page.getByLabel('Password').fill('omt-demo-2026');
      await page.getByRole('button', { name: /log in/i }).click();
      await page.getByRole('heading', { name: 'Connect Pain Diary to your record?', level: 1 }).waitFor();
      const reads = page.getByRole('region', { name: 'If you allow it, it may read:' });
      for (const words of [
        'your personal details (name, birth date, contact)',
        'your appointments',
        'your visits',
        // Scores and results (Observation) read apart from the answers to forms (QuestionnaireResponse).
        'your scores (such as pain and mood) and test results sent by other clinics',
        "your own answers to the clinic's forms, question by question",
      ]) {
        await reads.getByRole('listitem').filter({ hasText: words }).waitFor();
      }
      await page.getByText('It may only read. It cannot change anything in your record.').waitFor();
      await page
        .getByText(
          'It will also be told that it is you who allowed it, and which record in the clinic is yours',
          {
            exact: false,
          },
        )
        .waitFor();
      await page.getByText('Your answer goes back to https://pain-diary.example.').waitFor();
      await expectNoAxeViolations(page, 'the consent page');
      if (SCREENSHOTS) await page.screenshot({ path: `${SCREENSHOTS}/smart-consent.png`, fullPage: true });

      await tabTo(page, 'Allow');
      await Promise.all([page.waitForURL(`${REDIRECT}**`), page.keyboard.press('Enter')]);
      const back = new URL(page.url());
      expect(back.searchParams.get('state')).toBe('journey-state');
      const code = back.searchParams.get('code');
      expect(code).toBeTruthy();

      const tokenUrl = (smart.token_endpoint as string).replace(/^https?:\/\/[^/]+/, j.clinic.url);
      const res = await exchangeSmartCode(tokenUrl, launch, code!);
      expect(res.status).toBe(200);
      const answer = await res.json();
      expect(answer).toMatchObject({ token_type: 'Bearer', patient: alexId });
      token = answer.access_token;
      const patient = await fetch(`${j.clinic.url}/fhir/R4/Patient/${alexId}`, {
        headers: { authorization: `Bearer ${token}`, accept: 'application/fhir+json' },
      });
      expect(patient.status).toBe(200);
      expect((await patient.json()).name[0].family).toBe('Rivera');
    } finally {
      await context.close();
    }
  });

  it('Alex disconnects the app in My record and its token is refused at once', async () => {
    await j.as('alex@demo.clinic', async (page) => {
      await page.getByRole('navigation').getByRole('link', { name: 'My record' }).click();
      const connected = page.getByRole('region', { name: 'Connected apps' });
      await connected.getByRole('heading', { name: 'Pain Diary' }).waitFor();
      await connected.getByText('May read: your personal details', { exact: false }).waitFor();
      await expectNoAxeViolations(page, 'My record with a connected app');
      await connected.getByRole('button', { name: 'Disconnect Pain Diary' }).click();
      await page.getByRole('status').filter({ hasText: 'Pain Diary is disconnected.' }).waitFor();
      await connected.getByText('No apps are connected.').waitFor();
    });
    const refused = await fetch(`${j.clinic.url}/fhir/R4/Patient`, {
      headers: { authorization: `Bearer ${token}`, accept: 'application/fhir+json' },
    });
    expect(refused.status).toBe(401);
  });
});
