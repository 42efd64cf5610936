/** Body regions and techniques in a patient's words, in English and Spanish (the portal's record and data download). */
import type { Lang } from '../aftercare';
import { REGION_PATIENT_WORDS } from '../intake';
import type { RegionId } from '../regions';
import type { TechniqueId } from '../techniques';

type Words = { en: string; es: string };

export const TECHNIQUE_PATIENT_WORDS: Record<TechniqueId, Words> = {
  hvla: { en: 'Quick, small thrust (HVLA)', es: 'Empuje rápido y corto (HVLA)' },
  muscle_energy: { en: 'Muscle energy', es: 'Energía muscular' },
  counterstrain: { en: 'Counterstrain', es: 'Contratensión' },
  myofascial_release: { en: 'Myofascial release', es: 'Liberación miofascial' },
  soft_tissue: { en: 'Soft tissue', es: 'Tejidos blandos' },
  blt: { en: 'Balanced ligamentous tension', es: 'Tensión ligamentosa equilibrada' },
  cranial: { en: 'Osteopathy in the cranial field', es: 'Osteopatía en el campo craneal' },
  fpr: { en: 'Facilitated positional release', es: 'Liberación posicional facilitada' },
  still: { en: 'Still technique', es: 'Técnica de Still' },
  articulatory: { en: 'Gentle joint movement (articulatory)', es: 'Movimiento suave de la articulación' },
  lymphatic_pump: { en: 'Lymphatic pump', es: 'Bomba linfática' },
  rib_raising: { en: 'Rib raising', es: 'Elevación de costillas' },
  diaphragm_release: { en: 'Diaphragm release', es: 'Liberación del diafragma' },
  visceral: { en: 'Visceral', es: 'Visceral' },
};

export function regionInPatientWords(id: RegionId, lang: Lang): string {
  return REGION_PATIENT_WORDS[id][lang];
}

export function techniqueInPatientWords(id: TechniqueId, lang: Lang): string {
  return TECHNIQUE_PATIENT_WORDS[id][lang];
}
