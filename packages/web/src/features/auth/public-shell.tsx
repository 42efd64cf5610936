import { useLayoutEffect, type ReactNode } from 'react';
import { ClinicBrand } from '../../components/clinic-brand';
import { PublicLanguageSwitch } from '../../i18n/language-switch';
import { usePublicText } from '../../i18n/use-portal-text';

/**
 * The header and main area of the pages seen before logging in, with the clinic's name and logo from its profile and
 * the English/Español switch (`englishOnly` for a staff page: no switch, always English).
 */
export function PublicShell({
  children,
  englishOnly = false,
}: {
  children: ReactNode;
  englishOnly?: boolean;
}) {
  const visitor = usePublicText().lang;
  const lang = englishOnly ? 'en' : visitor;
  // The page's language is the reader's, for screen readers and hyphenation.
  useLayoutEffect(() => {
    document.documentElement.lang = lang;
    return () => {
      document.documentElement.lang = 'en';
    };
  }, [lang]);
  return (
    <>
      <header className="site-header">
        <ClinicBrand />
        {englishOnly ? null : <PublicLanguageSwitch />}
      </header>
      <main id="main" className="login-main">
        {children}
      </main>
    </>
  );
}
