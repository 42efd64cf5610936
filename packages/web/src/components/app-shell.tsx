import { Suspense, useLayoutEffect, type ReactNode } from 'react';
import { Link, usePath } from '../router';
import { navFor, ROLE_LABELS, useSession } from '../session';
import { usePortalText } from '../i18n/use-portal-text';
import { PORTAL_NAV_KEYS } from '../i18n/portal-messages';
import { LanguageSwitch } from '../i18n/language-switch';
import { ConfirmEmailBanner } from '../features/signup/confirm-email-banner';
import { ClinicBrand } from './clinic-brand';
import { lazyPage } from '../lazy-page';

/** Staff only: loaded with the first staff page, never with a patient's. */
const HeaderPatientSearch = lazyPage(() => import('../features/patients/header-search'), 'HeaderPatientSearch');

/** Sets the document title to the page's heading. */
export function usePageTitle(title: string): void {
  useLayoutEffect(() => {
    document.title = `${title} · OMT Clinic`;
  }, [title]);
}

/** Header with the clinic name, the user, the role's navigation and Log out; then the page. */
export function AppShell({ children }: { children: ReactNode }) {
  const { user, logout } = useSession();
  const path = usePath();
  const { lang, t } = usePortalText();
  const links = navFor(user.role).map((l) => {
    const key = user.role === 'patient' ? PORTAL_NAV_KEYS[l.to] : undefined;
    return key ? { ...l, label: t(key) } : l;
  });
  // The page's language is the reader's (a patient's preferred language), for screen readers and hyphenation.
  useLayoutEffect(() => {
    document.documentElement.lang = lang;
    return () => {
      document.documentElement.lang = 'en';
    };
  }, [lang]);
  return (
    <>
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="site-header">
        <ClinicBrand />
        <nav aria-label={t('navMain')}>
          <ul>
            {links.map((l) => (
              <li key={l.to}>
                <Link to={l.to} aria-current={path === l.to ? 'page' : undefined}>
                  {l.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        {user.role !== 'patient' && (
          <Suspense fallback={null}>
            <HeaderPatientSearch />
          </Suspense>
        )}
        <div className="user-box">
          <span>
            {user.displayName}{' '}
            <span className="muted">
              ({user.role === 'patient' ? t('rolePatient') : ROLE_LABELS[user.role]})
            </span>
          </span>
          <Link to="/account" aria-current={path === '/account' ? 'page' : undefined}>
            {t('yourAccount')}
          </Link>
          <button type="button" className="button-secondary" onClick={logout}>
            {t('logOut')}
          </button>
          {user.role === 'patient' && <LanguageSwitch />}
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <ConfirmEmailBanner />
        {children}
      </main>
    </>
  );
}
