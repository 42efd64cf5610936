import { describe, expect, it } from 'vitest';
import { CHECKIN_SYMPTOMS } from './checkin-symptoms';
import { CHECKIN_ADVICE, CHECKIN_SYMPTOM_LABELS_ES, checkInSymptomLabel } from './checkin-texts';

describe('check-in texts in English and Spanish', () => {
  it('has a Spanish label for every symptom and no label for an unknown one', () => {
    expect(Object.keys(CHECKIN_SYMPTOM_LABELS_ES).sort()).toEqual(CHECKIN_SYMPTOMS.map((s) => s.id).sort());
    for (const s of CHECKIN_SYMPTOMS) {
      expect(checkInSymptomLabel(s.id, 'en')).toBe(s.label);
      expect(checkInSymptomLabel(s.id, 'es').trim()).not.toBe('');
      expect(checkInSymptomLabel(s.id, 'es')).not.toBe(s.label);
    }
    expect(checkInSymptomLabel('nope', 'es')).toBe('nope');
  });

  it('has advice for every route in both languages, never empty', () => {
    for (const route of ['emergency', 'same_day_call', 'routine_review', 'none'] as const) {
      expect(CHECKIN_ADVICE[route].en.trim(), route).not.toBe('');
      expect(CHECKIN_ADVICE[route].es.trim(), route).not.toBe('');
    }
    expect(CHECKIN_ADVICE.emergency.es).toContain('911');
  });
});
