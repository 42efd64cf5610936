import { Suspense, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { User } from '@omt/contracts';
import { API } from './api/endpoints';
import { ApiError, call, TOTP_ENROLMENT_EVENT, UNAUTHORIZED_EVENT } from './api/client';
import { AppShell } from './components/app-shell';
import { ErrorAlert, Loading } from './components/messages';
import { navigate, usePath } from './router';
import { preloadPageAt, Routes } from './routes';
import { homeFor, SessionContext, type Session } from './session';
import { lazyPage, PageLoading } from './lazy-page';

const ForgotPasswordPage = lazyPage(
  () => import('./features/auth/forgot-password-page'),
  'ForgotPasswordPage',
);
const ResetPasswordPage = lazyPage(() => import('./features/auth/reset-password-page'), 'ResetPasswordPage');
const AcceptInvitationPage = lazyPage(
  () => import('./features/auth/accept-invitation-page'),
  'AcceptInvitationPage',
);
const SignupPage = lazyPage(() => import('./features/signup/signup-page'), 'SignupPage');
// Its own chunk too: a logged-in patient's pages do not carry the login and two-factor forms.
const LoginPage = lazyPage(() => import('./features/auth/login-page'), 'LoginPage');
const VerifyEmailPage = lazyPage(() => import('./features/signup/verify-email-page'), 'VerifyEmailPage');
const PublicEducation = lazyPage(() => import('./features/education/public-education'), 'PublicEducation');

/** The education library is open to visitors too (outside the portal's frame until someone logs in). */
const isEducationPath = (path: string) => /^\/education(\/[^/]+)?\/?$/.test(path);

/** Pages anyone may open, logged in or not: asking for and using a password reset link. */
const PUBLIC_PAGES: Record<string, () => ReactNode> = {
  '/forgot-password': () => <ForgotPasswordPage />,
  '/reset-password': () => <ResetPasswordPage />,
  '/accept-invitation': () => <AcceptInvitationPage />,
  '/signup': () => <SignupPage />,
  '/verify-email': () => <VerifyEmailPage />,
};

/** Where a user the clinic requires two-factor of turns it on. */
const TOTP_ENROLMENT_PAGE = '/account';

type Boot =
  | { state: 'loading' }
  | { state: 'anonymous' }
  | { state: 'user'; user: User }
  | { state: 'failed'; error: unknown };

/** Loads the session (GET /api/me), shows the login page when there is none, else the role's pages. */
export function App() {
  const [boot, setBoot] = useState<Boot>({ state: 'loading' });
  const path = usePath();
  const queries = useQueryClient();

  useEffect(() => {
    call(API.me).then(
      ({ user }) => setBoot({ state: 'user', user }),
      (error: unknown) => {
        if (error instanceof ApiError && error.status === 401) setBoot({ state: 'anonymous' });
        else setBoot({ state: 'failed', error });
      },
    );
    // The page's chunk loads while the session is asked for (after it: the session's request goes first).
    preloadPageAt(window.location.pathname);
  }, []);

  useEffect(() => {
    const expired = () => {
      queries.clear(); // the next person at this screen sees nothing of the last one's
      setBoot((prev) => (prev.state === 'user' ? { state: 'anonymous' } : prev));
    };
    window.addEventListener(UNAUTHORIZED_EVENT, expired);
    return () => window.removeEventListener(UNAUTHORIZED_EVENT, expired);
  }, [queries]);

  // The clinic requires two-factor for this role and it is not on yet: only the account page can help.
  useEffect(() => {
    const enrol = () => navigate(TOTP_ENROLMENT_PAGE, { replace: true });
    window.addEventListener(TOTP_ENROLMENT_EVENT, enrol);
    return () => window.removeEventListener(TOTP_ENROLMENT_EVENT, enrol);
  }, []);

  const onLoggedIn = useCallback((user: User, options: { totpEnrolmentRequired: boolean }) => {
    setBoot({ state: 'user', user });
    if (options.totpEnrolmentRequired) {
      navigate(TOTP_ENROLMENT_PAGE, { replace: true });
      return;
    }
    const next = new URLSearchParams(window.location.search).get('next');
    navigate(next && next.startsWith('/') && !next.startsWith('//') ? next : homeFor(user.role), {
      replace: true,
    });
  }, []);

  const logout = useCallback(() => {
    call(API.logout)
      .catch(() => undefined)
      .finally(() => {
        queries.clear();
        setBoot({ state: 'anonymous' });
        navigate('/login', { replace: true });
      });
  }, [queries]);

  const session = useMemo<Session | null>(
    () =>
      boot.state === 'user'
        ? { user: boot.user, logout, setUser: (user: User) => setBoot({ state: 'user', user }) }
        : null,
    [boot, logout],
  );

  useEffect(() => {
    if (boot.state === 'anonymous' && path !== '/login' && !PUBLIC_PAGES[path] && !isEducationPath(path)) {
      const next = path === '/' ? '' : `?next=${encodeURIComponent(path)}`;
      navigate(`/login${next}`, { replace: true });
    }
    if (boot.state === 'user' && (path === '/' || path === '/login'))
      navigate(homeFor(boot.user.role), { replace: true });
  }, [boot, path]);

  if (boot.state === 'anonymous' && isEducationPath(path))
    return (
      <Suspense fallback={<PageLoading />}>
        <PublicEducation path={path} />
      </Suspense>
    );
  const publicPage = PUBLIC_PAGES[path];
  if (publicPage && boot.state !== 'loading')
    return <Suspense fallback={<PageLoading />}>{publicPage()}</Suspense>;

  switch (boot.state) {
    case 'loading':
      return (
        <main id="main">
          <h1>OMT Clinic</h1>
          <Loading what="your session" />
        </main>
      );
    case 'failed':
      return (
        <main id="main">
          <h1>OMT Clinic</h1>
          <ErrorAlert error={boot.error} title="The clinic server could not be reached:" />
          <button type="button" onClick={() => window.location.reload()}>
            Try again
          </button>
        </main>
      );
    case 'anonymous':
      return (
        <Suspense fallback={<PageLoading />}>
          <LoginPage onLoggedIn={onLoggedIn} />
        </Suspense>
      );
    case 'user':
      return (
        <SessionContext.Provider value={session}>
          <AppShell>
            <Routes path={path} user={boot.user} />
          </AppShell>
        </SessionContext.Provider>
      );
  }
}
