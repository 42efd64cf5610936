/** Which education article tells a patient about a technique or a diagnosis (the files are checked by a unit test). */

/** The article about a technique of the catalogue (`muscle_energy` → `technique-muscle-energy`). */
export function techniqueArticleSlug(techniqueId: string): string {
  return `technique-${techniqueId.replace(/_/g, '-')}`;
}

/** ICD-10-CM code prefixes and the condition article they lead to; the first match wins (pregnancy before back). */
const DIAGNOSIS_ARTICLES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^O(26\.89|99\.89)/, 'pregnancy-back-pain'],
  [/^(R10\.83|P92|R63\.3)/, 'infant-colic-feeding'],
  [/^(G43|G44|R51)/, 'headache'],
  [/^(M54\.[12]|M53\.[01]|M99\.01|S13\.4|M50)/, 'neck-pain'],
  [/^(M54\.[3-9]|M51|M53\.3|M99\.0[345]|S33\.5)/, 'low-back-pain'],
  [/^S/, 'sports-injury'],
];

/** The condition article for a diagnosis code, if the library has one. */
export function diagnosisArticleSlug(code: string): string | undefined {
  const upper = code.trim().toUpperCase();
  return DIAGNOSIS_ARTICLES.find(([pattern]) => pattern.test(upper))?.[1];
}

/** Every condition article a diagnosis can lead to. */
export const DIAGNOSIS_ARTICLE_SLUGS: readonly string[] = [
  ...new Set(DIAGNOSIS_ARTICLES.map(([, slug]) => slug)),
];

/** The articles about what a visit is like, linked from a booking confirmation. */
export const FIRST_VISIT_SLUG = 'first-visit';
export const AFTERCARE_SLUG = 'aftercare';

/** Where an article is read: the same address logged in (in the portal's frame) or not. */
export function articlePath(slug: string): string {
  return `/education/${encodeURIComponent(slug)}`;
}
