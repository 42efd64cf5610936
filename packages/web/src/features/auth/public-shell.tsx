import type { ReactNode } from 'react';
import { API } from '@omt/contracts';
import { call } from '../../api/client';
import { useApi } from '../../api/use-api';

/** The header and main area of the pages seen before logging in, with the clinic's name and logo from its profile. */
export function PublicShell({ children }: { children: ReactNode }) {
  const clinic = useApi((signal) => call(API.publicClinicProfile, { signal }), []).data;
  return (
    <>
      <header className="site-header">
        <div className="brand">
          {clinic?.logoDataUrl ? (
            <img className="brand-logo" src={clinic.logoDataUrl} alt="" />
          ) : (
            <span className="brand-mark" aria-hidden="true">
              ✚
            </span>
          )}{' '}
          {clinic?.name || 'OMT Clinic'}
        </div>
      </header>
      <main id="main" className="login-main">
        {children}
      </main>
    </>
  );
}
