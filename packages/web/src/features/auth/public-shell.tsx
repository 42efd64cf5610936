import type { ReactNode } from 'react';

/** The header and main area of the pages seen before logging in. */
export function PublicShell({ children }: { children: ReactNode }) {
  return (
    <>
      <header className="site-header">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            ✚
          </span>{' '}
          OMT Clinic
        </div>
      </header>
      <main id="main" className="login-main">
        {children}
      </main>
    </>
  );
}
