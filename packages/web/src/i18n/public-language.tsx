import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { PortalLang } from './portal-messages';

const STORAGE_KEY = 'omt.publicLanguage';

/**
 * The language a browser asks for first among the two the clinic writes: Spanish when the first English or Spanish
 * entry of `navigator.languages` starts with 'es', else English.
 */
export function browserLanguage(languages: readonly string[]): PortalLang {
  const first = languages.map((l) => l.toLowerCase()).find((l) => l.startsWith('en') || l.startsWith('es'));
  return first?.startsWith('es') ? 'es' : 'en';
}

function storedLanguage(): PortalLang | null {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return value === 'en' || value === 'es' ? value : null;
  } catch {
    return null; // storage blocked: the browser's language each visit
  }
}

interface PublicLanguage {
  lang: PortalLang;
  setLang: (lang: PortalLang) => void;
}

export const PublicLanguageContext = createContext<PublicLanguage>({ lang: 'en', setLang: () => undefined });

/** The language of the pages seen before logging in: the visitor's last choice on this browser, else the browser's. */
export function PublicLanguageProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<PortalLang>(
    () => storedLanguage() ?? browserLanguage(navigator.languages ?? [navigator.language]),
  );
  const setLang = useCallback((next: PortalLang) => {
    setLangState(next);
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // storage blocked: the choice holds until the page is reloaded
    }
  }, []);
  const value = useMemo(() => ({ lang, setLang }), [lang, setLang]);
  return <PublicLanguageContext.Provider value={value}>{children}</PublicLanguageContext.Provider>;
}

/** Forces the pages below to English (a staff page shown in the public shell). */
export function EnglishOnly({ children }: { children: ReactNode }) {
  return (
    <PublicLanguageContext.Provider value={{ lang: 'en', setLang: () => undefined }}>
      {children}
    </PublicLanguageContext.Provider>
  );
}

export const usePublicLanguage = () => useContext(PublicLanguageContext);
