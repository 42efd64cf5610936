/** What a patient reads at the post-treatment check-in, in English and Spanish: the symptoms' labels and the advice per route. */
import type { Lang } from '../aftercare';
import { CHECKIN_SYMPTOMS, type CheckInRoute } from './checkin-symptoms';

/** The Spanish label of each check-in symptom (the English one is the symptom's own `label`). */
const SYMPTOM_LABEL_ES: Record<string, string> = {
  new_weakness_numbness: 'Debilidad o adormecimiento nuevos en un brazo o una pierna',
  bladder_bowel_change: 'Dificultad nueva para controlar la orina o las evacuaciones',
  saddle_numbness: 'Adormecimiento en la ingle, los glúteos o la parte interna de los muslos',
  sudden_severe_headache: 'Dolor de cabeza o de cuello repentino e intenso',
  dizziness_vision_change: 'Mareo, visión doble u otro cambio en la vista',
  speech_swallowing_trouble: 'Dificultad para hablar con claridad o para tragar',
  drop_attack: 'Caída repentina sin perder el conocimiento',
  facial_numbness: 'Adormecimiento de la cara',
  new_unrelenting_pain: 'Dolor nuevo e intenso que no se alivia y es distinto de su dolor habitual',
  chest_pain: 'Dolor en el pecho',
  shortness_of_breath: 'Falta de aire',
  fever: 'Fiebre',
  pain_worse_or_different: 'Dolor claramente peor que antes del tratamiento, o de otro tipo',
  mild_headache_or_tiredness: 'Dolor de cabeza leve o cansancio',
  stiffness: 'Rigidez',
};

/** A check-in symptom's label in the patient's language; an unknown id is shown as it is. */
export function checkInSymptomLabel(id: string, lang: Lang): string {
  const symptom = CHECKIN_SYMPTOMS.find((s) => s.id === id);
  if (!symptom) return id;
  return lang === 'es' ? (SYMPTOM_LABEL_ES[id] ?? symptom.label) : symptom.label;
}

/** The Spanish labels by symptom id, for the test that every symptom has one. */
export const CHECKIN_SYMPTOM_LABELS_ES: Readonly<Record<string, string>> = SYMPTOM_LABEL_ES;

/** What the patient is told after a check-in, by its route. */
export const CHECKIN_ADVICE: Record<CheckInRoute, Record<Lang, string>> = {
  emergency: {
    en: 'Call 911 or go to the nearest emergency department now. These symptoms are not an expected effect of treatment.',
    es: 'Llame al 911 o vaya ahora mismo a la sala de emergencias más cercana. Estos síntomas no son un efecto esperado del tratamiento.',
  },
  same_day_call: {
    en: 'Your physician has been alerted and the clinic will call you today. If you get worse, call 911.',
    es: 'Ya se avisó a su médico y la clínica le llamará hoy. Si empeora, llame al 911.',
  },
  routine_review: {
    en: 'Thank you. Your physician will review your answers at your next visit.',
    es: 'Gracias. Su médico revisará sus respuestas en su próxima cita.',
  },
  none: {
    en: 'Thank you. Mild soreness for a day or two is normal. Keep following your aftercare instructions.',
    es: 'Gracias. Es normal tener molestias leves durante uno o dos días. Siga las indicaciones de cuidados después del tratamiento.',
  },
};
