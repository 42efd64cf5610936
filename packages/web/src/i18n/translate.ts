import { createInstance, type TFunction } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { PORTAL_MESSAGES, type PortalLang, type PortalMessageKey } from './portal-messages';
import { PUBLIC_MESSAGES, type PublicMessageKey } from './public-messages';

export type TextValues = Record<string, string | number>;

/**
 * The patient-facing texts run on i18next: one namespace per message file (`portal`, `public`), its resources built
 * from those files' `en`/`es` objects, which stay the place to add a text. Keys are flat (a dot or colon in a text's
 * key is no separator) and placeholders keep the files' `{name}` form; React escapes, so i18next does not. A value
 * not given leaves its `{placeholder}` as written. Both languages are in the bundle (the files hold them side by
 * side), so a switch re-renders at once, with no loading.
 */
export const i18n = createInstance();
void i18n.use(initReactI18next).init({
  resources: {
    en: { portal: PORTAL_MESSAGES.en, public: PUBLIC_MESSAGES.en },
    es: { portal: PORTAL_MESSAGES.es, public: PUBLIC_MESSAGES.es },
  },
  lng: 'en',
  supportedLngs: ['en', 'es'],
  fallbackLng: false,
  ns: ['portal', 'public'],
  defaultNS: 'portal',
  keySeparator: false,
  nsSeparator: false,
  initAsync: false,
  returnEmptyString: false,
  interpolation: {
    escapeValue: false,
    prefix: '{',
    suffix: '}',
    skipOnVariables: true,
  },
  missingInterpolationHandler: (_text: string, match: RegExpExecArray) => match[0],
  react: { useSuspense: false },
});

/** Each language's and namespace's text function, fixed once (init above is synchronous). */
const FIXED: Record<PortalLang, Record<'portal' | 'public', TFunction>> = {
  en: { portal: i18n.getFixedT('en', 'portal'), public: i18n.getFixedT('en', 'public') },
  es: { portal: i18n.getFixedT('es', 'portal'), public: i18n.getFixedT('es', 'public') },
};

/** A portal text in `lang` with its `{placeholders}` filled (outside React; components use `usePortalText`). */
export function portalText(lang: PortalLang, key: PortalMessageKey, values: TextValues = {}): string {
  return FIXED[lang].portal(key, values);
}

/** A public page's text in `lang` with its `{placeholders}` filled. */
export function publicText(lang: PortalLang, key: PublicMessageKey, values: TextValues = {}): string {
  return FIXED[lang].public(key, values);
}

const AGE_UNITS = { y: 'ageYears', mo: 'ageMonths', wk: 'ageWeeks' } as const;

/** The server's age label ("32 y", "5 mo", "10 wk") in the reader's language; any other text is kept as it is. */
export function localAgeLabel(label: string, lang: PortalLang): string {
  const match = /^(\d+) (y|mo|wk)$/.exec(label);
  if (!match?.[1] || !match[2]) return label;
  return portalText(lang, AGE_UNITS[match[2] as keyof typeof AGE_UNITS], { n: match[1] });
}
