import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { User } from '@omt/contracts';
import { SessionContext } from '../session';
import { PublicLanguageContext } from './public-language';
import { usePortalText, usePublicText } from './use-portal-text';

const maria = (preferredLanguage: 'en' | 'es', role: User['role'] = 'patient'): User => ({
  id: 'u1',
  email: 'maria@example.test',
  role,
  displayName: 'Maria Lopez',
  credential: null,
  patients: [],
  preferredLanguage,
  emailVerified: true,
});

function Texts() {
  const portal = usePortalText();
  const pub = usePublicText();
  return (
    <p>
      {portal.t('navBook')} | {portal.t('openCount', { count: 2 })} | {pub.t('logIn')} | {portal.locale}
    </p>
  );
}

/** A logged-in reader whose saved language flips with a button, as the language switch does after saving. */
function Reader({ role }: { role: User['role'] }) {
  const [user, setUser] = useState(maria('en', role));
  const flip = () => setUser(maria(user.preferredLanguage === 'es' ? 'en' : 'es', role));
  return (
    <SessionContext.Provider value={{ user, setUser, logout: () => undefined }}>
      <button type="button" onClick={flip}>
        flip
      </button>
      <Texts />
    </SessionContext.Provider>
  );
}

describe('usePortalText and usePublicText on i18next', () => {
  it("follow a patient's saved language and re-render in place when it changes", async () => {
    const user = userEvent.setup();
    render(<Reader role="patient" />);
    expect(screen.getByRole('paragraph').textContent).toBe('Book a visit | 2 open | Log in | en-US');
    await user.click(screen.getByRole('button', { name: 'flip' }));
    expect(screen.getByRole('paragraph').textContent).toBe(
      'Programar una cita | 2 disponibles | Iniciar sesión | es-US',
    );
    await user.click(screen.getByRole('button', { name: 'flip' }));
    expect(screen.getByRole('paragraph').textContent).toBe('Book a visit | 2 open | Log in | en-US');
  });

  it('stay English for staff, whatever the login says', async () => {
    const user = userEvent.setup();
    render(<Reader role="front_desk" />);
    await user.click(screen.getByRole('button', { name: 'flip' }));
    expect(screen.getByRole('paragraph').textContent).toBe('Book a visit | 2 open | Log in | en-US');
  });

  it("use a visitor's chosen language before logging in", () => {
    render(
      <PublicLanguageContext.Provider value={{ lang: 'es', setLang: () => undefined }}>
        <Texts />
      </PublicLanguageContext.Provider>,
    );
    expect(screen.getByRole('paragraph').textContent).toBe(
      'Programar una cita | 2 disponibles | Iniciar sesión | es-US',
    );
  });
});
