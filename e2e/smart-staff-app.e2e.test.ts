import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/browser';
import { apiCall, apiLogin, patientIdViaApi } from './support/api';
import { useJourney } from './support/journey';
import { exchangeSmartCode, smartLaunch, tabTo } from './support/smart-launch';

const REDIRECT = 'https://chart-helper.example/callback';

/**
 * A physician connects a third-party app with SMART `user/` scopes: the app sends her to the clinic, she logs in,
 * reads on the staff consent page that the app will act as her for every patient her role may see (and that the
 * scope tied to one patient is left out), allows it from the keyboard; the app reads two patients' records with its
 * token; she disconnects it on her account page and the token stops.
 */
describe('a physician connects a SMART app as herself in Chromium, then disconnects it', () => {
  const j = useJourney();
  let token = '';

  it('Dr. Still allows the app on the staff consent page; it reads two patients as her', async () => {
    const admin = await apiLogin(j.clinic.url, 'admin@demo.clinic');
    const app = await apiCall(j.clinic.url, admin, 'POST', '/api/smart-apps', {
      name: 'Chart Helper',
      redirectUris: [REDIRECT],
    });
    const fhirBase = `${j.clinic.url}/fhir/R4`;
    const implementation = (await (await fetch(`${fhirBase}/metadata`)).json()).implementation.url as string;
    const launch = smartLaunch({
      clientId: app.clientId as string,
      redirectUri: REDIRECT,
      scope: 'launch/patient patient/Encounter.rs user/Patient.rs user/Observation.rs',
      state: 'staff-journey',
      aud: implementation,
    });
    const context = await j.browser.newContext({ baseURL: j.clinic.url, locale: 'en-US' });
    try {
      context.setDefaultTimeout(15_000);
      await context.route(`${REDIRECT}**`, (route) =>
        route.fulfill({ status: 200, body: 'Chart Helper callback' }),
      );
      const page = await context.newPage();
      await page.goto(launch.authorizePath);
      await page.getByLabel('Email').fill('dr.still@demo.clinic');
      await page.getByLabel('Password').fill('omt-demo-2026');
      await page.getByRole('button', { name: /log in/i }).click();

      await page.getByRole('heading', { name: 'Let Chart Helper act as you?', level: 1 }).waitFor();
      await page.getByText('it acts as you', { exact: false }).waitFor();
      await page.getByText('every patient your role lets you see', { exact: false }).waitFor();
      const reads = page.getByRole('region', { name: 'If you allow it, it may read:' });
      for (const words of [
        "patients' personal details (name, birth date, contact)",
        'scores worked out from questionnaires, and results sent by other systems',
      ]) {
        await reads.getByRole('listitem').filter({ hasText: words }).waitFor();
      }
      await page.getByText('It may only read.', { exact: false }).waitFor();
      await page.getByText('Its access ends after an hour unless you allow it again.').waitFor();
      const leftOut = page.getByRole('region', { name: 'Not included' });
      await leftOut.getByText('launch/patient, patient/Encounter.rs', { exact: false }).waitFor();
      await page.getByText('Your answer goes back to https://chart-helper.example.').waitFor();
      await expectNoAxeViolations(page, 'the staff consent page');

      await tabTo(page, 'Allow');
      await Promise.all([page.waitForURL(`${REDIRECT}**`), page.keyboard.press('Enter')]);
      const back = new URL(page.url());
      expect(back.searchParams.get('state')).toBe('staff-journey');
      const res = await exchangeSmartCode(
        `${j.clinic.url}/oauth/token`,
        launch,
        back.searchParams.get('code') ?? '',
      );
      expect(res.status).toBe(200);
      const answer = await res.json();
      expect(answer.scope).toBe('user/Patient.rs user/Observation.rs');
      expect(answer.patient).toBeUndefined();
      token = answer.access_token;
    } finally {
      await context.close();
    }
    for (const email of ['alex@demo.clinic', 'maria@demo.clinic']) {
      const id = await patientIdViaApi(j.clinic.url, email);
      const read = await fetch(`${fhirBase}/Patient/${id}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(read.status).toBe(200);
    }
  });

  it('Dr. Still disconnects the app on her account page and its token is refused at once', async () => {
    await j.as('dr.still@demo.clinic', async (page) => {
      // The SMART configuration's management_endpoint: each login is moved on to its own list.
      await page.goto('/connected-apps');
      await page.waitForURL('**/account#connected-apps');
      const connected = page.getByRole('region', { name: 'Connected apps' });
      await connected.getByRole('heading', { name: 'Chart Helper' }).waitFor();
      await connected.getByText('Acts as you (Physician)', { exact: false }).waitFor();
      await expectNoAxeViolations(page, 'the account page with a connected app');
      await connected.getByRole('button', { name: 'Disconnect Chart Helper' }).click();
      await page.getByRole('status').filter({ hasText: 'Chart Helper is disconnected.' }).waitFor();
      await connected.getByText('No apps are connected.').waitFor();
    });
    const refused = await fetch(`${j.clinic.url}/fhir/R4/Patient`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(refused.status).toBe(401);
  });
});
