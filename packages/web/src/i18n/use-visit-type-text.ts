import { useMemo } from 'react';
import { clinicText } from '@omt/domain';
import { usePortalText } from './use-portal-text';

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
 * The clinic's visit types as the reader reads them: a Spanish patient gets the Spanish the clinic wrote (else the
 * English); staff and English readers the English. The one place the pages pick a visit type's words.
 */
export function useVisitTypeText() {
  const { lang } = usePortalText();
  return useMemo(
    () => ({
      name: (v: Named) => clinicText(lang, v.name, v.nameEs),
      description: (v: Described) => clinicText(lang, v.description, v.descriptionEs),
      ofVisit: (a: OfVisit) => clinicText(lang, a.visitTypeName, a.visitTypeNameEs),
    }),
    [lang],
  );
}
