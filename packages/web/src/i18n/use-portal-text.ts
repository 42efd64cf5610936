import { useCallback, useContext } from 'react';
import { useTranslation } from 'react-i18next';
import { SessionContext } from '../session';
import type { PortalLang, PortalMessageKey } from './portal-messages';
import { PublicLanguageContext } from './public-language';
import type { PublicMessageKey } from './public-messages';
import { i18n, type TextValues } from './translate';

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

/** The portal's texts through i18next, fixed to the reader's language: a switch re-renders in place. */
export function usePortalText() {
  const lang = useReaderLanguage();
  const { t: translate } = useTranslation('portal', { lng: lang, i18n });
  const t = useCallback(
    (key: PortalMessageKey, values?: TextValues): string => translate(key, values ?? {}),
    [translate],
  );
  return { lang, locale: lang === 'es' ? 'es-US' : 'en-US', t };
}

/** The texts of the pages seen before logging in, in the reader's language. */
export function usePublicText() {
  const lang = useReaderLanguage();
  const { t: translate } = useTranslation('public', { lng: lang, i18n });
  const t = useCallback((key: PublicMessageKey): string => translate(key), [translate]);
  return { lang, t };
}

export type PortalT = ReturnType<typeof usePortalText>['t'];
