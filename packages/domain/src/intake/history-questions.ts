/**
 * The intake's medicines, allergies and history (all optional): one item per line, which the physician then
 * adds to the chart or dismisses (`chart/intake-report.ts`). Anticoagulant and antiplatelet medicines and recent
 * surgery change what OMT may be used (clinical-reference CR-CI-3, CR-HVLA-13, CR-CI-10).
 */
import { cite } from '../clinical-reference';
import type { IntakeText } from './intake-questions';

export const HISTORY_GROUP_TEXT: IntakeText = {
  en: 'Medicines, allergies and past health',
  es: 'Medicamentos, alergias y salud en el pasado',
};

export const HISTORY_TEXT = {
  medications: {
    text: 'Medicines you take now, one per line (name, dose, how often), including blood thinners and aspirin',
    es: 'Medicamentos que toma ahora, uno por línea (nombre, dosis, cada cuánto), incluidos anticoagulantes y aspirina',
    source: cite('CR-INTAKE-1', 'CR-CI-3', 'CR-HVLA-13'),
  },
  allergies: {
    text: 'Are you allergic to any medicine, food or anything else?',
    es: '¿Es alérgico o alérgica a algún medicamento, alimento u otra cosa?',
    source: cite('CR-INTAKE-1'),
  },
  allergyList: {
    text: 'Your allergies, one per line (what you react to - what happens)',
    es: 'Sus alergias, una por línea (a qué reacciona - qué le pasa)',
    source: cite('CR-INTAKE-1'),
  },
  medicalHistory: {
    text: 'Illnesses or long-term conditions you have had, one per line (with the year if you know it)',
    es: 'Enfermedades o condiciones de larga duración que ha tenido, una por línea (con el año si lo sabe)',
    source: cite('CR-INTAKE-1'),
  },
  surgicalHistory: {
    text: 'Operations you have had, one per line (with the year if you know it)',
    es: 'Operaciones que le han hecho, una por línea (con el año si lo sabe)',
    source: cite('CR-INTAKE-1', 'CR-CI-10'),
  },
} as const;
