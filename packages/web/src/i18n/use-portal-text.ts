import { useCallback, useContext } from 'react';
import { SessionContext } from '../session';
import { portalText, type PortalLang, type PortalMessageKey } from './portal-messages';

/**
 * The language of what the logged-in person reads: a patient login's preferred language, English for staff (the
 * components shared with the desk stay English there).
 */
export function usePortalText() {
  const session = useContext(SessionContext);
  const lang: PortalLang =
    session?.user.role === 'patient' && session.user.preferredLanguage === 'es' ? 'es' : 'en';
  const t = useCallback(
    (key: PortalMessageKey, values?: Record<string, string | number>) => portalText(lang, key, values),
    [lang],
  );
  return { lang, locale: lang === 'es' ? 'es-US' : 'en-US', t };
}

export type PortalT = ReturnType<typeof usePortalText>['t'];
