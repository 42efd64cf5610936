import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/browser';
import { useJourney } from './support/journey';
import { readMail } from '../packages/server/src/test-support/mail-text';
import { englishOnPage } from './support/no-english';
import { apiCall, apiLogin, arriveForVisitViaApi, bookFollowUpViaApi } from './support/api';

/** No English text of the catalogues is on the page (names, dates and clinic data are no catalogue text). */
async function expectAllSpanish(page: Page, where: string) {
  expect(await englishOnPage(page), `English on the ${where}`).toEqual([]);
}

/** A Spanish-speaking patient switches the portal to Spanish, books in Spanish and gets her mail in Spanish. */
describe('the patient portal in Spanish in Chromium', () => {
  const j = useJourney({ mail: true });

  it('Maria switches to Español with the keyboard; the portal, its lang attribute and her mail follow', async () => {
    await j.as('maria@demo.clinic', async (page) => {
      await page.getByRole('heading', { name: 'My appointments' }).waitFor();
      await page
        .getByText(/^With Dr\. .+ at /)
        .first()
        .waitFor(); // her appointments have loaded, not only the heading
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
      // The scan finds English where it is shown, from the catalogues and by its words (so its silence below means
      // something).
      await expect(englishOnPage(page)).resolves.toEqual(
        expect.arrayContaining(['My appointments', 'Log out', expect.stringMatching(/^With Dr\. .+ at /)]),
      );

      const spanish = page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'Español' });
      await spanish.focus();
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: 'Mis citas', level: 1 }).waitFor();
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe('es');
      await expect(
        page
          .getByRole('group', { name: 'Idioma' })
          .getByRole('button', { name: 'Español' })
          .getAttribute('aria-pressed'),
      ).resolves.toBe('true');
      await page.getByRole('heading', { name: 'Citas anteriores' }).waitFor();
      await page.getByRole('button', { name: 'Cerrar sesión' }).waitFor();
      await expectNoAxeViolations(page, 'portal home in Spanish');
      await expectAllSpanish(page, 'portal home');

      // Saved on her record: a fresh load comes back in Spanish.
      await page.reload();
      await page.getByRole('heading', { name: 'Mis citas', level: 1 }).waitFor();
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe('es');

      await page.getByRole('navigation').getByRole('link', { name: 'Programar una cita' }).click();
      await page.getByRole('heading', { name: 'Programar una cita', level: 1 }).waitFor();
      const choose = page.getByRole('region', { name: 'Elija su cita' });
      await choose
        .getByRole('radio', { name: /^Seguimiento de OMT/ })
        .first()
        .check();
      await choose.getByRole('radio', { name: /Cleveland/ }).check();
      await page.getByText('Los horarios se muestran en hora de Cleveland (America/New_York).').waitFor();
      const slot = choose.getByTestId('slot-button').first();
      await slot.focus();
      await page.keyboard.press('Enter');
      await expectNoAxeViolations(page, 'booking in Spanish');
      await expectAllSpanish(page, 'booking page');
      await page.getByRole('button', { name: 'Programar la cita' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: 'Cita programada: Seguimiento de OMT para Maria Lopez' })
        .waitFor();
      await expectNoAxeViolations(page, 'booked in Spanish');
      await expectAllSpanish(page, 'booking confirmation');

      await expect
        .poll(() =>
          j.clinic.mails
            .filter((m) => m.to.includes('maria@demo.clinic'))
            .map((m) => readMail(m.raw).subject),
        )
        .toContainEqual(
          expect.stringMatching(/^Su cita está confirmada: \p{L}+, \d{1,2} de \p{L}+ de \d{4}, a las /u),
        );

      await page.getByRole('navigation').getByRole('link', { name: 'Mis citas' }).click();
      await page.getByRole('heading', { name: 'Próximas citas' }).waitFor();
      await expectAllSpanish(page, 'portal home with a visit booked');

      // Her record and her account read Spanish too.
      await page.getByRole('navigation').getByRole('link', { name: 'Mi expediente' }).click();
      await page.getByRole('heading', { name: 'Mi expediente', level: 1 }).waitFor();
      await expectAllSpanish(page, 'record page');
      await page.getByRole('link', { name: 'Su cuenta' }).click();
      await page.getByRole('heading', { name: 'Su cuenta', level: 1 }).waitFor();
      await expectAllSpanish(page, 'account page');

      await page.getByRole('navigation').getByRole('link', { name: 'Mis citas' }).click();
      await page.getByRole('heading', { name: 'Próximas citas' }).waitFor();
      await page.getByRole('link', { name: /^Completar el cuestionario de Seguimiento de OMT/ }).click();
      await page.getByRole('heading', { name: 'Cuestionario de admisión', level: 1 }).waitFor();
      // Her intake's own questions are in Spanish, in a container marked lang="es".
      const form = page.locator('form');
      await form
        .getByRole('group', { name: '¿Dónde le duele? (elija todas las opciones que correspondan)' })
        .waitFor();
      await form.getByRole('checkbox', { name: 'Parte baja de la espalda' }).check();
      await form.getByRole('group', { name: 'Preguntas de seguridad: su espalda' }).waitFor();
      await form
        .getByRole('group', { name: /^¿Tiene entumecimiento \(adormecimiento\) nuevo en la ingle/ })
        .getByRole('radio', { name: 'No' })
        .waitFor();
      await form
        .getByRole('group', { name: '¿Está embarazada?' })
        .getByRole('radio', { name: 'Sí' })
        .waitFor();
      await expect.poll(() => page.locator('div[lang="es"] > form').count()).toBe(1);
      // PHQ and PEG keep their validated English: marked lang="en", each after a Spanish note.
      await expect.poll(() => page.locator('fieldset[lang="en"]').count()).toBe(2);
      // Their hints are English too, so a screen reader reads them in the section's language.
      await expect
        .poll(() => page.locator('fieldset[lang="en"]').getByText('A number from 0 to 10.').count())
        .toBeGreaterThan(0);
      await expect
        .poll(() => page.locator('fieldset[lang="en"]').getByText('Un número del', { exact: false }).count())
        .toBe(0);
      await expect
        .poll(() =>
          page
            .getByText('Estos cuestionarios estándar se muestran en su versión validada en inglés.', {
              exact: false,
            })
            .count(),
        )
        .toBe(2);
      await form.getByRole('group', { name: /^Over the last 2 weeks/ }).waitFor();
      await expectNoAxeViolations(page, 'intake page in Spanish');
      await expectAllSpanish(page, 'intake page');

      // And back: the switch works both ways.
      await page.getByRole('group', { name: 'Idioma' }).getByRole('button', { name: 'English' }).click();
      await page.getByRole('heading', { name: 'Intake questionnaire', level: 1 }).waitFor();
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
      await page.getByRole('group', { name: 'Where does it hurt? (choose all that apply)' }).waitFor();
      await expect.poll(() => page.locator('fieldset[lang="en"]').count()).toBe(0);
    });
  });

  it('a visitor whose browser asks for Spanish reads log in, sign-up and forgotten password in Spanish only', async () => {
    const context = await j.browser.newContext({ baseURL: j.clinic.url, locale: 'es-MX' });
    try {
      const page = await context.newPage();
      await page.goto('/login');
      await page.getByRole('heading', { name: 'Inicie sesión en OMT Clinic', level: 1 }).waitFor();
      await expectAllSpanish(page, 'log-in page');
      await page.getByRole('link', { name: 'Crear una cuenta' }).click();
      await page.getByRole('heading', { name: 'Crear una cuenta', level: 1 }).waitFor();
      await expectAllSpanish(page, 'sign-up page');
      await page.goto('/forgot-password');
      await page.getByRole('heading', { name: '¿Olvidó su contraseña?', level: 1 }).waitFor();
      await expectAllSpanish(page, 'forgotten-password page');
      // A stale reset link: the server's refusal reads Spanish too.
      await page.goto('/reset-password?token=not-a-real-token');
      await page.getByRole('heading', { name: 'Elija una contraseña nueva', level: 1 }).waitFor();
      await page.getByLabel('Contraseña nueva', { exact: true }).fill('a-long-new-password-2026');
      await page.getByLabel('Repita la contraseña nueva').fill('a-long-new-password-2026');
      await page.getByRole('button', { name: 'Guardar la contraseña nueva' }).click();
      await page
        .getByText('Este enlace para cambiar la contraseña no es válido.', { exact: false })
        .waitFor();
      await expectAllSpanish(page, 'reset page with a refused link');
    } finally {
      await context.close();
    }
  });

  it('the day-1 check-in after her OMT visit reaches Maria by mail in Spanish, and she answers it in Spanish through its link', async () => {
    const { url } = j.clinic;
    const maria = await apiLogin(url, 'maria@demo.clinic');
    await apiCall(url, maria, 'PUT', '/api/me/preferred-language', { preferredLanguage: 'es' });
    const appointment = await bookFollowUpViaApi(url, 'maria@demo.clinic');
    await arriveForVisitViaApi(j.clinic, appointment);
    const still = await apiLogin(url, 'dr.still@demo.clinic');
    const enc = (await apiCall(url, still, 'POST', `/api/appointments/${appointment.id}/encounter`, {}))
      .id as string;
    await apiCall(url, still, 'PUT', `/api/encounters/${enc}/exam`, {
      regions: [
        { region: 'thoracic', tenderness: true, asymmetry: false, restriction: true, tissueTexture: false },
      ],
    });
    await apiCall(url, still, 'POST', `/api/encounters/${enc}/consents`, {
      technique: 'soft_tissue',
      decision: 'given',
      method: 'verbal',
    });
    await apiCall(url, still, 'POST', `/api/encounters/${enc}/treatments`, {
      region: 'thoracic',
      technique: 'soft_tissue',
      position: 'seated',
      response: 'improved',
      cautionReason: 'Pregnant 28 weeks: seated, gentle pressure only',
    });
    await apiCall(url, still, 'POST', `/api/encounters/${enc}/sign`, {});
    // The clock moved to the visit, which may be more than a session's 12 hours after her first login.
    const mariaOnTheDay = await apiLogin(url, 'maria@demo.clinic');
    const [day1] = (await apiCall(url, mariaOnTheDay, 'GET', `/api/encounters/${enc}/check-in-series`)) as {
      dueAt: string;
    }[];
    j.clinic.travelTo(day1!.dueAt);
    await j.clinic.runDueJobs();
    const mail = j.clinic.mails
      .filter((m) => m.to.includes('maria@demo.clinic'))
      .map((m) => readMail(m.raw))
      .find((m) => m.subject.startsWith('¿Cómo se siente después de su cita?'));
    expect(mail?.text).toContain('Hoy es el día 1 después de la cita de Maria Lopez');
    const link = /https?:\/\/\S+\/portal\/visits\/[\w-]+/.exec(mail?.text ?? '')?.[0];
    expect(link).toBeDefined();

    // She follows the link logged out, in a browser that asks for Spanish: log in, then straight to her visit.
    const context = await j.browser.newContext({ baseURL: url, locale: 'es-MX' });
    try {
      const page = await context.newPage();
      await page.goto(new URL(link!).pathname);
      await page.getByRole('heading', { name: 'Inicie sesión en OMT Clinic', level: 1 }).waitFor();
      await page.getByLabel('Correo electrónico').fill('maria@demo.clinic');
      await page.getByLabel('Contraseña').fill('omt-demo-2026');
      await page.getByRole('button', { name: 'Iniciar sesión' }).click();
      await page.getByRole('heading', { name: 'Su cita: cuidados y seguimiento', level: 1 }).waitFor();
      await page.getByText(/^Día 1 \(.+\): abierto ahora; responda antes del /).waitFor();
      // Her home lists it too, with a link to answer it.
      await page.getByRole('navigation').getByRole('link', { name: 'Mis citas' }).click();
      await page.getByRole('heading', { name: 'Seguimientos por responder' }).waitFor();
      await expectNoAxeViolations(page, 'portal home with a check-in to answer');
      await expectAllSpanish(page, 'portal home with a check-in to answer');
      const answer = page.getByRole('link', { name: 'Responder al seguimiento del día 1 de Maria Lopez' });
      await answer.focus();
      await page.keyboard.press('Enter');
      await page.getByLabel('Dolor o molestias ahora (de 0 a 10)').fill('3');
      const days = page.getByLabel('Días que ha tenido dolor o molestias');
      await days.fill('1');
      await days.press('Enter'); // sent from the keyboard
      await page.getByRole('heading', { name: 'Gracias por contarnos cómo se siente' }).waitFor();
      await page.getByText(/^Día 1 \(.+\): respondido, gracias$/).waitFor();
      await expectNoAxeViolations(page, 'check-in answered in Spanish');
      await expectAllSpanish(page, 'visit page with its check-in answered');
    } finally {
      await context.close();
    }
  });
});
