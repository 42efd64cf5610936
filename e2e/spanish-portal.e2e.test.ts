import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/browser';
import { useJourney } from './support/journey';
import { readMail } from '../packages/server/src/test-support/mail-text';

/** A Spanish-speaking patient switches the portal to Spanish, books in Spanish and gets her mail in Spanish. */
describe('the patient portal in Spanish in Chromium', () => {
  const j = useJourney({ mail: true });

  it('Maria switches to Español with the keyboard; the portal, its lang attribute and her mail follow', async () => {
    await j.as('maria@demo.clinic', async (page) => {
      await page.getByRole('heading', { name: 'My appointments' }).waitFor();
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');

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

      // Saved on her record: a fresh load comes back in Spanish.
      await page.reload();
      await page.getByRole('heading', { name: 'Mis citas', level: 1 }).waitFor();
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe('es');

      await page.getByRole('navigation').getByRole('link', { name: 'Programar una cita' }).click();
      await page.getByRole('heading', { name: 'Programar una cita', level: 1 }).waitFor();
      const choose = page.getByRole('region', { name: 'Elija su cita' });
      await choose
        .getByRole('radio', { name: /OMT follow-up/ })
        .first()
        .check();
      await choose.getByRole('radio', { name: /Cleveland/ }).check();
      await page.getByText('Los horarios se muestran en hora de Cleveland (America/New_York).').waitFor();
      const slot = choose.getByTestId('slot-button').first();
      await slot.focus();
      await page.keyboard.press('Enter');
      await expectNoAxeViolations(page, 'booking in Spanish');
      await page.getByRole('button', { name: 'Programar la cita' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: 'Cita programada: OMT follow-up para Maria Lopez' })
        .waitFor();
      await expectNoAxeViolations(page, 'booked in Spanish');

      await expect
        .poll(() =>
          j.clinic.mails
            .filter((m) => m.to.includes('maria@demo.clinic'))
            .map((m) => readMail(m.raw).subject),
        )
        .toContainEqual(
          expect.stringMatching(/^Su cita está confirmada: \w+, \d{1,2} de \w+ de \d{4}, a las /),
        );

      await page.getByRole('navigation').getByRole('link', { name: 'Mis citas' }).click();
      await page.getByRole('heading', { name: 'Próximas citas' }).waitFor();
      await page.getByRole('link', { name: /^Completar el cuestionario de OMT follow-up/ }).click();
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

      // And back: the switch works both ways.
      await page.getByRole('group', { name: 'Idioma' }).getByRole('button', { name: 'English' }).click();
      await page.getByRole('heading', { name: 'Intake questionnaire', level: 1 }).waitFor();
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
      await page.getByRole('group', { name: 'Where does it hurt? (choose all that apply)' }).waitFor();
      await expect.poll(() => page.locator('fieldset[lang="en"]').count()).toBe(0);
    });
  });
});
