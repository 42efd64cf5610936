import { describe, it, expect } from 'vitest';
import { CHECKIN_SYMPTOMS } from './checkin-symptoms';
import { triageCheckIn, type CheckInAnswers } from './triage-checkin';

const ans = (over: Partial<CheckInAnswers>): CheckInAnswers => ({
  soreness: 2,
  daysSore: 1,
  newSymptoms: [],
  ...over,
});

describe('triageCheckIn (clinical-reference CR-CHECKIN rows)', () => {
  it.each([
    ['mild soreness for a day → none', ans({}), 'none', false],
    ['no soreness → none', ans({ soreness: 0, daysSore: 0 }), 'none', false],
    [
      'moderate soreness 6/10 on day 3 → none (within 24–72 h)',
      ans({ soreness: 6, daysSore: 3 }),
      'none',
      false,
    ],
    [
      'soreness day 4 (>3 days) → routine review with alert',
      ans({ soreness: 3, daysSore: 4 }),
      'routine_review',
      true,
    ],
    [
      'product seed "severe pain isn\'t typical": 7/10 → same-day call',
      ans({ soreness: 7 }),
      'same_day_call',
      true,
    ],
    [
      'product seed: 10/10 on day 5 → same-day call (worst wins)',
      ans({ soreness: 10, daysSore: 5 }),
      'same_day_call',
      true,
    ],
    [
      'Same-day call: pain worse or different → same-day call',
      ans({ newSymptoms: ['pain_worse_or_different'] }),
      'same_day_call',
      true,
    ],
    ['Same-day call: fever → same-day call', ans({ newSymptoms: ['fever'] }), 'same_day_call', true],
    [
      'Emergency: new weakness/numbness → emergency',
      ans({ newSymptoms: ['new_weakness_numbness'] }),
      'emergency',
      true,
    ],
    [
      'Emergency: bladder/bowel change → emergency',
      ans({ newSymptoms: ['bladder_bowel_change'] }),
      'emergency',
      true,
    ],
    [
      'Emergency: dizziness/vision change → emergency',
      ans({ newSymptoms: ['dizziness_vision_change'] }),
      'emergency',
      true,
    ],
    [
      'Emergency: sudden severe headache even with mild soreness → emergency',
      ans({ soreness: 1, newSymptoms: ['sudden_severe_headache'] }),
      'emergency',
      true,
    ],
    [
      'Emergency (safer rule): shortness of breath → emergency',
      ans({ newSymptoms: ['shortness_of_breath'] }),
      'emergency',
      true,
    ],
    [
      'mild headache/tiredness is expected → none',
      ans({ newSymptoms: ['mild_headache_or_tiredness', 'stiffness'] }),
      'none',
      false,
    ],
  ] as const)('%s', (_name, answers, route, alert) => {
    const result = triageCheckIn(answers);
    expect(result.route).toBe(route);
    expect(result.alert).toBe(alert);
    expect(result.reasons.length > 0).toBe(route !== 'none');
  });

  it('lists every reason when several triggers apply', () => {
    const result = triageCheckIn(ans({ soreness: 8, daysSore: 5, newSymptoms: ['fever', 'drop_attack'] }));
    expect(result.route).toBe('emergency');
    expect(result.reasons).toHaveLength(4);
  });

  it('urgent flag and emergency route agree for every symptom', () => {
    for (const s of CHECKIN_SYMPTOMS) expect(s.urgent, s.id).toBe(s.route === 'emergency');
    expect(new Set(CHECKIN_SYMPTOMS.map((s) => s.id)).size).toBe(CHECKIN_SYMPTOMS.length);
  });

  it.each([
    ['soreness 11', ans({ soreness: 11 })],
    ['soreness -1', ans({ soreness: -1 })],
    ['soreness 2.5', ans({ soreness: 2.5 })],
    ['daysSore -1', ans({ daysSore: -1 })],
    ['unknown symptom', ans({ newSymptoms: ['itchy'] })],
  ])('rejects %s', (_name, answers) => {
    expect(() => triageCheckIn(answers)).toThrow(RangeError);
  });
});
