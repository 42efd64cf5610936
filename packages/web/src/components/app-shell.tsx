import { useEffect, type ReactNode } from 'react';
import { Link, usePath } from '../router';
import { navFor, ROLE_LABELS, useSession } from '../session';
import { HeaderPatientSearch } from '../features/patients/header-search';
import { ConfirmEmailBanner } from '../features/signup/confirm-email-banner';

/** Sets the document title to the page's heading. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · OMT Clinic`;
  }, [title]);
}

/** Header with the clinic name, the user, the role's navigation and Log out; then the page. */
export function AppShell({ children }: { children: ReactNode }) {
  const { user, logout } = useSession();
  const path = usePath();
  const links = navFor(user.role);
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            ✚
          </span>{' '}
          OMT Clinic
        </div>
        <nav aria-label="Main">
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
        {user.role !== 'patient' && <HeaderPatientSearch />}
        <div className="user-box">
          <span>
            {user.displayName} <span className="muted">({ROLE_LABELS[user.role]})</span>
          </span>
          <Link to="/account" aria-current={path === '/account' ? 'page' : undefined}>
            Your account
          </Link>
          <button type="button" className="button-secondary" onClick={logout}>
            Log out
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <ConfirmEmailBanner />
        {children}
      </main>
    </>
  );
}
