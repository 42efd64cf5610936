import { describe, expect, it } from 'vitest';
import { openEncounterProblem, signingTimingProblem } from './visit-timing';

const NY = 'America/New_York';
// 8 March 2026: clocks in New York spring forward (02:00 EST → 03:00 EDT).
const DST_VISIT = { start: '2026-03-08T13:00:00Z', timeZone: NY, status: 'checked_in' }; // 09:00 EDT

describe('an encounter opens on the visit day, in the location zone, across a DST change', () => {
  it.each([
    ['23:30 EST the evening before', '2026-03-08T04:30:00Z', 'encounter_not_visit_day'],
    ['00:00 EST, the visit day starts', '2026-03-08T05:00:00Z', null],
    ['01:59 EST, before the jump', '2026-03-08T06:59:00Z', null],
    ['03:00 EDT, after the jump', '2026-03-08T07:00:00Z', null],
    ['23:59 EDT, the last minute of the day', '2026-03-09T03:59:00Z', null],
    ['00:00 EDT the next day', '2026-03-09T04:00:00Z', 'encounter_not_visit_day'],
    ['a week early', '2026-03-01T13:00:00Z', 'encounter_not_visit_day'],
  ])('%s', (_name, now, code) => {
    expect(openEncounterProblem(DST_VISIT, now)?.code ?? null).toBe(code);
  });

  it('names the visit day and zone', () => {
    expect(openEncounterProblem(DST_VISIT, '2026-03-07T13:00:00Z')?.message).toContain('2026-03-08');
  });
});

describe('a note is signed only once the visit started and the patient arrived', () => {
  it.each([
    ['before the start, checked in', '2026-03-08T12:59:00Z', 'checked_in', 'visit_not_started'],
    ['at the start, checked in', '2026-03-08T13:00:00Z', 'checked_in', null],
    ['after the start, still booked', '2026-03-08T13:30:00Z', 'booked', 'patient_not_checked_in'],
    ['after the start, no-show', '2026-03-08T13:30:00Z', 'no_show', 'patient_not_checked_in'],
    ['a resident note co-signed later: visit completed', '2026-03-09T13:30:00Z', 'completed', null],
  ])('%s', (_name, now, status, code) => {
    expect(signingTimingProblem({ ...DST_VISIT, status }, now)?.code ?? null).toBe(code);
  });

  it('says when the visit starts in the location time (EDT on the DST day)', () => {
    expect(signingTimingProblem(DST_VISIT, '2026-03-08T12:00:00Z')?.message).toContain('2026-03-08 09:00');
  });
});
