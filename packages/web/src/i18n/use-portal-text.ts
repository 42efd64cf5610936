import { useCallback, useContext } from 'react';
import { SessionContext } from '../session';
import { portalText, type PortalLang, type PortalMessageKey } from './portal-messages';
import { PublicLanguageContext } from './public-language';
import { publicText, type PublicMessageKey } from './public-messages';

/**
 * The language of what the person reads: a patient login's preferred language, English for staff (the components
 * shared with the desk stay English there); before logging in, the language chosen on the public pages.
 */
function useReaderLanguage(): PortalLang {
  const session = useContext(SessionContext);
  const visitor = useContext(PublicLanguageContext);
  if (!session) return visitor.lang;
  return session.user.role === 'patient' && session.user.preferredLanguage === 'es' ? 'es' : 'en';
}

export function usePortalText() {
  const lang = useReaderLanguage();
  const t = useCallback(
    (key: PortalMessageKey, values?: Record<string, string | number>) => portalText(lang, key, values),
    [lang],
  );
  return { lang, locale: lang === 'es' ? 'es-US' : 'en-US', t };
}

/** The texts of the pages seen before logging in, in the reader's language. */
export function usePublicText() {
  const lang = useReaderLanguage();
  const t = useCallback((key: PublicMessageKey) => publicText(lang, key), [lang]);
  return { lang, t };
}

export type PortalT = ReturnType<typeof usePortalText>['t'];
