import { describe, expect, it } from 'vitest';
import {
  C_SPINE_INTAKE_QUESTIONS,
  HEADACHE_RED_FLAG_QUESTIONS,
  INFANT_RED_FLAG_QUESTIONS,
  LOW_BACK_RED_FLAG_QUESTIONS,
  NECK_RED_FLAG_QUESTIONS,
} from '../triage';
import {
  ACTIVITY_LEVEL_CHOICES,
  DIET_CHOICES,
  INFANT_FEEDING_CHOICES,
  INFANT_TEXT,
  INTAKE_GROUP_TEXT,
  INTAKE_TEXT,
  PREGNANCY_TEXT,
  REGION_PATIENT_WORDS,
  SLEEP_QUALITY_CHOICES,
  intakeText,
} from './intake-questions';

/** Every text of the clinic's own intake questions, as [English, Spanish]. */
const PAIRS: [string, string][] = [
  ...[
    LOW_BACK_RED_FLAG_QUESTIONS,
    NECK_RED_FLAG_QUESTIONS,
    HEADACHE_RED_FLAG_QUESTIONS,
    INFANT_RED_FLAG_QUESTIONS,
    C_SPINE_INTAKE_QUESTIONS,
  ]
    .flat()
    .map((q): [string, string] => [q.text, q.es]),
  ...[INTAKE_TEXT, INFANT_TEXT, PREGNANCY_TEXT]
    .flatMap((t) => Object.values(t))
    .map((t): [string, string] => [t.text, t.es]),
  ...[SLEEP_QUALITY_CHOICES, ACTIVITY_LEVEL_CHOICES, DIET_CHOICES, INFANT_FEEDING_CHOICES]
    .flat()
    .map((c): [string, string] => [c.display, c.es]),
  ...[REGION_PATIENT_WORDS, INTAKE_GROUP_TEXT]
    .flatMap((t) => Object.values(t))
    .map((t): [string, string] => [t.en, t.es]),
];

describe('the intake texts in Spanish', () => {
  it('covers the red-flag screens, the questions, the choices, the regions and the group titles', () => {
    expect(PAIRS.length).toBeGreaterThan(80);
  });

  it.each(PAIRS)('"%s" has a Spanish text', (en, es) => {
    expect(es.trim()).not.toBe('');
    expect(es).not.toBe(en);
    expect(es).not.toMatch(/TODO|UNCONFIRMED|\.ts\b/);
    if (en.endsWith('?')) expect(es).toMatch(/¿.*\?$/);
  });

  it('reads the asked language', () => {
    expect(intakeText(PREGNANCY_TEXT.pregnant, 'es')).toBe('¿Está embarazada?');
    expect(intakeText(PREGNANCY_TEXT.pregnant, 'en')).toBe('Are you pregnant?');
  });
});
