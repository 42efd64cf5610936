/** Aftercare instructions as data, in English and Spanish, each with its source (clinical-reference CR-AFTER-*, CR-AE-*). */
import { cite } from '../clinical-reference';
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

export const AFTERCARE_CONTENT: readonly AftercareContent[] = [
  {
    id: 'hydrate',
    text: { en: 'Drink plenty of water today.', es: 'Beba abundante agua hoy.' },
    source: cite('CR-AFTER-2'),
  },
  {
    id: 'walk',
    text: {
      en: 'Go for a gentle walk; light movement helps.',
      es: 'Salga a caminar suavemente; el movimiento ligero ayuda.',
    },
    source: cite('CR-AFTER-2'),
  },
  {
    id: 'take_it_easy',
    text: {
      en: 'Take it easy for the next 24 hours: avoid intense exercise and heavy lifting.',
      es: 'Tómelo con calma durante las próximas 24 horas: evite el ejercicio intenso y levantar objetos pesados.',
    },
    source: cite('CR-AFTER-2'),
  },
  {
    id: 'soreness_normal',
    text: {
      en: 'Mild soreness or tiredness for a day or two is normal, like after exercise. It usually settles within 1 to 3 days, and symptoms can feel worse before they get better.',
      es: 'Es normal sentir dolor leve o cansancio durante uno o dos días, como después de hacer ejercicio. Suele desaparecer en 1 a 3 días, y a veces los síntomas empeoran antes de mejorar.',
    },
    source: cite('CR-AFTER-1'),
  },
  {
    id: 'comfort_measures',
    text: {
      en: 'A warm shower, ice or heat may ease soreness. Ask your clinician before taking pain medicine.',
      es: 'Una ducha tibia, hielo o calor pueden aliviar las molestias. Consulte a su médico antes de tomar analgésicos.',
    },
    source: cite('CR-AFTER-2'),
  },
  {
    id: 'call_if_persists',
    text: {
      en: 'Call the clinic if soreness lasts longer than 3 days, if pain is getting worse, or if you are worried.',
      es: 'Llame a la clínica si las molestias duran más de 3 días, si el dolor empeora o si está preocupado.',
    },
    source: cite('CR-AFTER-3'),
  },
  {
    id: 'severe_pain_not_typical',
    text: {
      en: 'Severe pain is not a typical side effect. If you have new, severe pain that does not ease and is different from your usual pain, seek emergency care first, then tell the clinic.',
      es: 'El dolor intenso no es un efecto secundario habitual. Si tiene un dolor nuevo e intenso que no cede y es distinto de su dolor habitual, acuda primero a urgencias y luego avise a la clínica.',
    },
    source: cite('CR-AFTER-4'),
  },
  {
    id: 'neck_warning_signs',
    text: {
      en: 'After neck treatment, call 911 or go to the emergency department at once if you have a sudden severe headache or neck pain with dizziness, double vision, slurred speech, trouble swallowing, sudden falls, face numbness, or new weakness.',
      es: 'Después de un tratamiento en el cuello, llame al 911 o acuda a urgencias de inmediato si tiene un dolor de cabeza o de cuello repentino e intenso con mareo, visión doble, dificultad para hablar o para tragar, caídas repentinas, entumecimiento de la cara o debilidad nueva.',
    },
    source: cite('CR-AFTER-5'),
    regions: ['cervical', 'head'],
  },
  {
    id: 'low_back_warning_signs',
    text: {
      en: 'Call 911 or go to the emergency department at once if you have new numbness in the groin or buttocks, new trouble controlling your bladder or bowels, or new weakness or numbness in your legs.',
      es: 'Llame al 911 o acuda a urgencias de inmediato si tiene entumecimiento nuevo en la ingle o los glúteos, dificultad nueva para controlar la vejiga o los intestinos, o debilidad o entumecimiento nuevos en las piernas.',
    },
    source: cite('CR-AFTER-6'),
    regions: ['lumbar', 'sacral', 'pelvic', 'lower_extremities', 'thoracic'],
  },
  {
    id: 'hvla_expectations',
    text: {
      en: 'After a thrust (HVLA) treatment, local soreness, stiffness or a mild headache is common; it usually starts within a few hours and eases within a day.',
      es: 'Después de un tratamiento de impulso (HVLA), es frecuente sentir molestias locales, rigidez o un dolor de cabeza leve; suele empezar en pocas horas y mejorar en un día.',
    },
    source: cite('CR-AE-1'),
    techniques: ['hvla'],
  },
  {
    id: 'counterstrain_fpr_soreness',
    text: {
      en: 'After counterstrain or facilitated positional release, soreness can last 1 to 5 days. Call the clinic if it lasts longer or gets worse.',
      es: 'Después de la técnica de contratensión o de liberación posicional facilitada, las molestias pueden durar de 1 a 5 días. Llame a la clínica si duran más o empeoran.',
    },
    source: cite('CR-AE-2'),
    techniques: ['counterstrain', 'fpr'],
  },
  {
    id: 'blt_soreness',
    text: {
      en: 'After balanced ligamentous tension, some soreness for several days is possible.',
      es: 'Después de la técnica de tensión ligamentosa equilibrada, es posible sentir algunas molestias durante varios días.',
    },
    source: cite('CR-AE-2'),
    techniques: ['blt'],
  },
  {
    id: 'lymphatic_effects',
    text: {
      en: 'After lymphatic techniques, a passing headache, tiredness or fatigue can occur. Rest and drink water.',
      es: 'Después de las técnicas linfáticas, puede aparecer un dolor de cabeza pasajero, cansancio o fatiga. Descanse y beba agua.',
    },
    source: cite('CR-AE-2'),
    techniques: ['lymphatic_pump'],
  },
  {
    id: 'muscle_energy_soreness',
    text: {
      en: 'After muscle energy technique, mild soreness that settles on its own is expected.',
      es: 'Después de la técnica de energía muscular, es esperable una molestia leve que desaparece por sí sola.',
    },
    source: cite('CR-AE-2'),
    techniques: ['muscle_energy'],
  },
];
