/** Aftercare instructions as data, in English and Spanish, each with its source (omt-reference §6.1, §6.2). */
import type { RegionId } from '../regions';
import type { TechniqueId } from '../techniques';

export type Lang = 'en' | 'es';
export const LANGS: readonly Lang[] = ['en', 'es'];

export interface AftercareContent {
  id: string;
  text: Record<Lang, string>;
  source: string;
  /** Shown when any of these techniques was used; absent with `regions` absent → shown to everyone. */
  techniques?: readonly TechniqueId[];
  /** Shown when any of these regions was treated. */
  regions?: readonly RegionId[];
}

const SEED = 'product.md pathway step 8 seed article';

export const AFTERCARE_CONTENT: readonly AftercareContent[] = [
  {
    id: 'hydrate',
    text: { en: 'Drink plenty of water today.', es: 'Beba abundante agua hoy.' },
    source: `omt-reference §6.2 aftercare bullet 2 [A10][A11]; ${SEED}`,
  },
  {
    id: 'walk',
    text: {
      en: 'Go for a gentle walk; light movement helps.',
      es: 'Salga a caminar suavemente; el movimiento ligero ayuda.',
    },
    source: `omt-reference §6.2 aftercare bullet 2 (gentle walking encouraged) [A10][A11]; ${SEED}`,
  },
  {
    id: 'take_it_easy',
    text: {
      en: 'Take it easy for the next 24 hours: avoid intense exercise and heavy lifting.',
      es: 'Tómelo con calma durante las próximas 24 horas: evite el ejercicio intenso y levantar objetos pesados.',
    },
    source: `omt-reference §6.2 aftercare bullet 2 (avoid intensive exercise/heavy lifting ~12–48 h) [A10][A11]; ${SEED}`,
  },
  {
    id: 'soreness_normal',
    text: {
      en: 'Mild soreness or tiredness for a day or two is normal, like after exercise. It usually settles within 1 to 3 days, and symptoms can feel worse before they get better.',
      es: 'Es normal sentir dolor leve o cansancio durante uno o dos días, como después de hacer ejercicio. Suele desaparecer en 1 a 3 días, y a veces los síntomas empeoran antes de mejorar.',
    },
    source: 'omt-reference §6.2 aftercare bullet 1 [A11][T7]; §6.1 Cagnie [A1]',
  },
  {
    id: 'comfort_measures',
    text: {
      en: 'A warm shower, ice or heat may ease soreness. Ask your clinician before taking pain medicine.',
      es: 'Una ducha tibia, hielo o calor pueden aliviar las molestias. Consulte a su médico antes de tomar analgésicos.',
    },
    source:
      'omt-reference §6.2 aftercare bullet 2 (warm shower; ice/heat and short-term OTC analgesics per clinician) [A10][A11]',
  },
  {
    id: 'call_if_persists',
    text: {
      en: 'Call the clinic if soreness lasts longer than 3 days, if pain is getting worse, or if you are worried.',
      es: 'Llame a la clínica si las molestias duran más de 3 días, si el dolor empeora o si está preocupado.',
    },
    source: 'omt-reference §6.2 aftercare bullet 3 [A11]; Routine call/review >3 days [A11][T7]',
  },
  {
    id: 'severe_pain_not_typical',
    text: {
      en: 'Severe pain is not a typical side effect. If you have new, severe pain that does not ease and is different from your usual pain, seek emergency care first, then tell the clinic.',
      es: 'El dolor intenso no es un efecto secundario habitual. Si tiene un dolor nuevo e intenso que no cede y es distinto de su dolor habitual, acuda primero a urgencias y luego avise a la clínica.',
    },
    source: `omt-reference §6.2 aftercare bullet 3 ("emergency care first") [A11]; ${SEED}`,
  },
  {
    id: 'neck_warning_signs',
    text: {
      en: 'After neck treatment, call 911 or go to the emergency department at once if you have a sudden severe headache or neck pain with dizziness, double vision, slurred speech, trouble swallowing, sudden falls, face numbness, or new weakness.',
      es: 'Después de un tratamiento en el cuello, llame al 911 o acuda a urgencias de inmediato si tiene un dolor de cabeza o de cuello repentino e intenso con mareo, visión doble, dificultad para hablar o para tragar, caídas repentinas, entumecimiento de la cara o debilidad nueva.',
    },
    source:
      'omt-reference §6.2 escalation triggers — Emergency (after neck treatment) [T11][T13]; §4.2 [T11]',
    regions: ['cervical', 'head'],
  },
  {
    id: 'low_back_warning_signs',
    text: {
      en: 'Call 911 or go to the emergency department at once if you have new numbness in the groin or buttocks, new trouble controlling your bladder or bowels, or new weakness or numbness in your legs.',
      es: 'Llame al 911 o acuda a urgencias de inmediato si tiene entumecimiento nuevo en la ingle o los glúteos, dificultad nueva para controlar la vejiga o los intestinos, o debilidad o entumecimiento nuevos en las piernas.',
    },
    source: 'omt-reference §6.2 escalation triggers — Emergency (cauda equina) [R1]',
    regions: ['lumbar', 'sacral', 'pelvic', 'lower_extremities', 'thoracic'],
  },
  {
    id: 'hvla_expectations',
    text: {
      en: 'After a thrust (HVLA) treatment, local soreness, stiffness or a mild headache is common; it usually starts within a few hours and eases within a day.',
      es: 'Después de un tratamiento de impulso (HVLA), es frecuente sentir molestias locales, rigidez o un dolor de cabeza leve; suele empezar en pocas horas y mejorar en un día.',
    },
    source: 'omt-reference §6.1 Cagnie (most began within 4 h, gone within 24 h) [A1]; §2 row HVLA [T12]',
    techniques: ['hvla'],
  },
  {
    id: 'counterstrain_fpr_soreness',
    text: {
      en: 'After counterstrain or facilitated positional release, soreness can last 1 to 5 days. Call the clinic if it lasts longer or gets worse.',
      es: 'Después de la técnica de contratensión o de liberación posicional facilitada, las molestias pueden durar de 1 a 5 días. Llame a la clínica si duran más o empeoran.',
    },
    source:
      'omt-reference §6.1 technique-specific course (SCS/FPR soreness 1–5 days) [T7]; §6.2 Routine call/review [T7]',
    techniques: ['counterstrain', 'fpr'],
  },
  {
    id: 'blt_soreness',
    text: {
      en: 'After balanced ligamentous tension, some soreness for several days is possible.',
      es: 'Después de la técnica de tensión ligamentosa equilibrada, es posible sentir algunas molestias durante varios días.',
    },
    source: 'omt-reference §6.1 technique-specific course (BLT) [T8]; §2 row BLT [T8]',
    techniques: ['blt'],
  },
  {
    id: 'lymphatic_effects',
    text: {
      en: 'After lymphatic techniques, a passing headache, tiredness or fatigue can occur. Rest and drink water.',
      es: 'Después de las técnicas linfáticas, puede aparecer un dolor de cabeza pasajero, cansancio o fatiga. Descanse y beba agua.',
    },
    source: 'omt-reference §6.1 technique-specific course (lymphatic) [T9]',
    techniques: ['lymphatic_pump'],
  },
  {
    id: 'muscle_energy_soreness',
    text: {
      en: 'After muscle energy technique, mild soreness that settles on its own is expected.',
      es: 'Después de la técnica de energía muscular, es esperable una molestia leve que desaparece por sí sola.',
    },
    source: 'omt-reference §6.1 technique-specific course (ME/CS mild self-limited soreness) [A10]',
    techniques: ['muscle_energy'],
  },
];
