import type { ReactNode } from 'react';
import { ClinicBrand } from '../../components/clinic-brand';

/** The header and main area of the pages seen before logging in, with the clinic's name and logo from its profile. */
export function PublicShell({ children }: { children: ReactNode }) {
  return (
    <>
      <header className="site-header">
        <ClinicBrand />
      </header>
      <main id="main" className="login-main">
        {children}
      </main>
    </>
  );
}
