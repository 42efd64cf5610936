import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/browser';
import { useJourney } from './support/journey';

const lang = (page: Page) => page.locator('html').getAttribute('lang');

/** A visitor who has not logged in reads the login, sign-up and password pages in English or Spanish. */
describe('the public pages in Spanish in Chromium', () => {
  const j = useJourney();

  it('a visitor switches to Español with the keyboard; login and sign-up follow, and a reload keeps it', async () => {
    const context = await j.browser.newContext({ baseURL: j.clinic.url, locale: 'en-US' });
    context.setDefaultTimeout(15_000);
    try {
      const page = await context.newPage();
      await page.goto('/login');
      await page.getByRole('heading', { name: 'Log in to OMT Clinic' }).waitFor();
      await expect(lang(page)).resolves.toBe('en');

      const spanish = page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'Español' });
      await spanish.focus();
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: 'Inicie sesión en OMT Clinic', level: 1 }).waitFor();
      await expect(lang(page)).resolves.toBe('es');
      await expect(
        page
          .getByRole('group', { name: 'Idioma' })
          .getByRole('button', { name: 'Español' })
          .getAttribute('aria-pressed'),
      ).resolves.toBe('true');
      await page.getByLabel('Correo electrónico').waitFor();
      await page.getByLabel('Contraseña', { exact: true }).waitFor();
      await page.getByRole('button', { name: 'Iniciar sesión' }).waitFor();
      await page.getByRole('link', { name: '¿Olvidó su contraseña?' }).waitFor();
      await expectNoAxeViolations(page, 'login in Spanish');

      // Kept on this browser: a reload comes back in Spanish.
      await page.reload();
      await page.getByRole('heading', { name: 'Inicie sesión en OMT Clinic', level: 1 }).waitFor();
      await expect(lang(page)).resolves.toBe('es');

      await page.getByRole('link', { name: 'Crear una cuenta' }).click();
      await page.getByRole('heading', { name: 'Crear una cuenta', level: 1 }).waitFor();
      await expect(lang(page)).resolves.toBe('es');
      await page.getByLabel('Nombre').waitFor();
      await page.getByLabel('Fecha de nacimiento').waitFor();
      await page.getByLabel('Teléfono (opcional)').waitFor();
      await page.getByLabel('Contraseña nueva', { exact: true }).waitFor();
      // The language for mail starts as the page's.
      await expect(page.getByLabel('Idioma para correos y mensajes').inputValue()).resolves.toBe('es');
      await expectNoAxeViolations(page, 'sign-up form in Spanish');

      // Sent empty: the form's own words in Spanish, and the server's refusal in Spanish too.
      await page.getByRole('button', { name: 'Crear la cuenta' }).click();
      await page.getByText('Corrija el campo marcado y vuelva a enviar el formulario.').waitFor();
      await page.getByRole('alert').filter({ hasText: 'Problema:' }).waitFor();
      await expectNoAxeViolations(page, 'refused sign-up in Spanish');

      await page.reload();
      await page.getByRole('heading', { name: 'Crear una cuenta', level: 1 }).waitFor();
      await page.getByRole('link', { name: 'Iniciar sesión' }).click();
      await page.getByRole('link', { name: '¿Olvidó su contraseña?' }).click();
      await page.getByRole('heading', { name: '¿Olvidó su contraseña?', level: 1 }).waitFor();
      await expectNoAxeViolations(page, 'forgot password in Spanish');
      await page.goto('/verify-email');
      await page.getByRole('heading', { name: 'Confirme su correo electrónico', level: 1 }).waitFor();
      await page.getByRole('heading', { name: 'Reciba un enlace de confirmación nuevo' }).waitFor();
      await expectNoAxeViolations(page, 'confirm email in Spanish');

      // Back to English, and logged in the portal follows the patient's saved language (English for Maria).
      await page.goto('/login');
      await page.getByRole('group', { name: 'Idioma' }).getByRole('button', { name: 'English' }).click();
      await page.getByRole('heading', { name: 'Log in to OMT Clinic' }).waitFor();
      await expect(lang(page)).resolves.toBe('en');
      await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'Español' }).click();
      await page.getByLabel('Correo electrónico').fill('maria@demo.clinic');
      await page.getByLabel('Contraseña', { exact: true }).fill('omt-demo-2026');
      await page.getByRole('button', { name: 'Iniciar sesión' }).click();
      await page.getByRole('heading', { name: 'My appointments', level: 1 }).waitFor();
      await expect(lang(page)).resolves.toBe('en');
    } finally {
      await context.close();
    }
  });

  it('a browser that asks for Spanish first opens the public pages in Spanish; a staff invitation stays English', async () => {
    const context = await j.browser.newContext({ baseURL: j.clinic.url, locale: 'es-MX' });
    context.setDefaultTimeout(15_000);
    try {
      const page = await context.newPage();
      await page.goto('/login');
      await page.getByRole('heading', { name: 'Inicie sesión en OMT Clinic', level: 1 }).waitFor();
      await expect(lang(page)).resolves.toBe('es');
      await page.goto('/accept-invitation');
      await page.getByRole('heading', { name: 'Set your password', level: 1 }).waitFor();
      await expect(lang(page)).resolves.toBe('en');
      await expect.poll(() => page.getByRole('group', { name: /Language|Idioma/ }).count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});
