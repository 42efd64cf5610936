/** Identifiers of the OMT techniques in the catalogue (clinical-reference CR-TECH-*). */

export const TECHNIQUE_IDS = [
  'hvla',
  'muscle_energy',
  'counterstrain',
  'myofascial_release',
  'soft_tissue',
  'blt',
  'cranial',
  'fpr',
  'still',
  'articulatory',
  'lymphatic_pump',
  'rib_raising',
  'diaphragm_release',
  'visceral',
] as const;

export type TechniqueId = (typeof TECHNIQUE_IDS)[number];

/** Type guard so untrusted input can be narrowed to a TechniqueId before a safety check. */
export function isTechniqueId(x: unknown): x is TechniqueId {
  return typeof x === 'string' && (TECHNIQUE_IDS as readonly string[]).includes(x);
}
