import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/browser';
import { useJourney } from './support/journey';

/** Words of the server's English refusals; none may show on a Spanish page. */
const ENGLISH_REFUSAL = /\b(must|is wrong|not valid|already used|expired|choose another|try again)\b/i;

async function alertText(page: Page, title: string): Promise<string> {
  const alert = page.getByRole('alert').filter({ hasText: title });
  await alert.waitFor();
  return (await alert.innerText()).trim();
}

/** A Spanish reader gets the server's refusals and answers in Spanish too, not only the page's own words. */
describe('refusals in Spanish in Chromium', () => {
  const j = useJourney();

  it('a visitor reading Spanish: a failed login, an unusable confirmation link and a reset request', async () => {
    const context = await j.browser.newContext({ baseURL: j.clinic.url, locale: 'es-US' });
    context.setDefaultTimeout(15_000);
    try {
      const page = await context.newPage();
      await page.goto('/login');
      await page.getByRole('heading', { name: 'Inicie sesión en OMT Clinic', level: 1 }).waitFor();
      await page.getByLabel('Correo electrónico').fill('maria@demo.clinic');
      await page.getByLabel('Contraseña', { exact: true }).fill('not her password');
      await page.getByRole('button', { name: 'Iniciar sesión' }).click();
      const login = await alertText(page, 'No se pudo iniciar sesión:');
      expect(login).toContain('El correo electrónico o la contraseña no son correctos.');
      expect(login).not.toMatch(ENGLISH_REFUSAL);
      await expectNoAxeViolations(page, 'refused login in Spanish');

      await page.goto('/verify-email?token=not-a-real-token');
      await page.getByRole('button', { name: 'Confirmar mi correo electrónico' }).click();
      const link = await alertText(page, 'No se puede usar el enlace:');
      expect(link).toContain('Este enlace de confirmación no es válido.');
      expect(link).not.toMatch(ENGLISH_REFUSAL);
      await expectNoAxeViolations(page, 'unusable confirmation link in Spanish');

      await page.goto('/forgot-password');
      await page.getByLabel('Correo electrónico').fill('nobody@example.com');
      await page.getByRole('button', { name: /Enviar/ }).click();
      await page
        .getByRole('status')
        .filter({ hasText: 'le estamos enviando un enlace para cambiar la contraseña' })
        .waitFor();
    } finally {
      await context.close();
    }
  });

  it('a patient reading Spanish changes her password: her account page and its refusals are Spanish', async () => {
    await j.as('maria@demo.clinic', async (page) => {
      await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'Español' }).click();
      await page.getByRole('heading', { name: 'Mis citas', level: 1 }).waitFor();
      await page.getByRole('link', { name: 'Su cuenta' }).click();
      await page.getByRole('heading', { name: 'Su cuenta', level: 1 }).waitFor();
      await page.getByRole('heading', { name: 'Dónde tiene la sesión abierta' }).waitFor();
      await page.getByRole('columnheader', { name: 'Último uso' }).waitFor();
      await page.getByText('Esta sesión').waitFor();

      const form = page.getByRole('form', { name: 'Cambiar la contraseña' });
      await form.getByLabel('Contraseña actual').fill('wrong-password-1');
      await form.getByLabel('Contraseña nueva', { exact: true }).fill('tranquilo-Lago-azul-92');
      await form.getByLabel('Repita la contraseña nueva').fill('tranquilo-Lago-azul-92');
      await form.getByRole('button', { name: 'Cambiar la contraseña' }).click();
      await form.getByText('La contraseña actual no es correcta.').waitFor();

      await form.getByLabel('Contraseña actual').fill('omt-demo-2026');
      await form.getByLabel('Contraseña nueva', { exact: true }).fill('password1234');
      await form.getByLabel('Repita la contraseña nueva').fill('password1234');
      await form.getByRole('button', { name: 'Cambiar la contraseña' }).click();
      await form.getByText('Esta contraseña es demasiado común.', { exact: false }).waitFor();
      expect(await form.innerText()).not.toMatch(ENGLISH_REFUSAL);
      await expectNoAxeViolations(page, 'account page in Spanish');

      await form.getByLabel('Contraseña nueva', { exact: true }).fill('tranquilo-Lago-azul-92');
      await form.getByLabel('Repita la contraseña nueva').fill('tranquilo-Lago-azul-92');
      await form.getByRole('button', { name: 'Cambiar la contraseña' }).click();
      await page.getByRole('status').filter({ hasText: 'Contraseña cambiada.' }).waitFor();
    });
  });
});
