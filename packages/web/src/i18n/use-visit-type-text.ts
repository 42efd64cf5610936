import { useMemo } from 'react';
import { usePortalText } from './use-portal-text';
import type { PortalLang } from './portal-messages';

interface Named {
  name: string;
  nameEs: string | null;
}
interface Described {
  description: string;
  descriptionEs: string | null;
}
interface OfVisit {
  visitTypeName: string;
  visitTypeNameEs: string | null;
}

/**
 * The clinic's own words in the reader's language: the Spanish the clinic wrote, else the English. The rule of
 * `clinicText` in @omt/domain (the server's), written here so the patient pages do not load the domain package for
 * one line; the unit test holds the two to the same table.
 */
export function clinicWords(lang: PortalLang, english: string, spanish: string | null | undefined): string {
  return lang === 'es' && spanish != null && spanish.trim() !== '' ? spanish : english;
}

/**
 * The clinic's visit types as the reader reads them: a Spanish patient gets the Spanish the clinic wrote (else the
 * English); staff and English readers the English. The one place the pages pick a visit type's words.
 */
export function useVisitTypeText() {
  const { lang } = usePortalText();
  return useMemo(
    () => ({
      name: (v: Named) => clinicWords(lang, v.name, v.nameEs),
      description: (v: Described) => clinicWords(lang, v.description, v.descriptionEs),
      ofVisit: (a: OfVisit) => clinicWords(lang, a.visitTypeName, a.visitTypeNameEs),
    }),
    [lang],
  );
}
