import { describe, expect, it } from 'vitest';
import {
  acknowledgementProblem,
  ALERT_NOTE_MAX,
  isUnsignedNoteOverdue,
  mayAcknowledge,
  oldestFirst,
  type AlertOutcome,
} from './index';

describe('mayAcknowledge', () => {
  it.each([
    {
      who: 'the treating physician',
      assignment: { physicianId: 'p', supervisorId: null },
      user: 'p',
      may: true,
    },
    { who: 'another physician', assignment: { physicianId: 'p', supervisorId: null }, user: 'q', may: false },
    {
      who: "a resident's supervisor",
      assignment: { physicianId: 'r', supervisorId: 's' },
      user: 's',
      may: true,
    },
    { who: 'the resident', assignment: { physicianId: 'r', supervisorId: 's' }, user: 'r', may: true },
    {
      who: 'anyone else on a resident visit',
      assignment: { physicianId: 'r', supervisorId: 's' },
      user: 'q',
      may: false,
    },
  ])('$who: $may', ({ assignment, user, may }) => {
    expect(mayAcknowledge(assignment, user)).toBe(may);
  });
});

describe('acknowledgementProblem', () => {
  it.each<{ outcome: AlertOutcome; note: string; field: 'note' | null }>([
    { outcome: 'called_patient', note: '', field: null },
    { outcome: 'advised_emergency_care', note: 'went to ED', field: null },
    { outcome: 'booked_visit', note: '', field: null },
    { outcome: 'other', note: 'left a voicemail', field: null },
    { outcome: 'other', note: '', field: 'note' },
    { outcome: 'other', note: '   ', field: 'note' },
    { outcome: 'called_patient', note: 'x'.repeat(ALERT_NOTE_MAX + 1), field: 'note' },
  ])('$outcome with a note of $note.length characters → $field', ({ outcome, note, field }) => {
    expect(acknowledgementProblem({ outcome, note })?.field ?? null).toBe(field);
  });
});

describe('isUnsignedNoteOverdue', () => {
  it.each([
    { now: '2026-06-02T09:00:00Z', overdue: false },
    { now: '2026-06-02T10:00:00Z', overdue: false },
    { now: '2026-06-02T10:00:01Z', overdue: true },
    { now: '2026-06-05T00:00:00Z', overdue: true },
  ])('started 2026-06-01T10:00Z, at $now: $overdue', ({ now, overdue }) => {
    expect(isUnsignedNoteOverdue('2026-06-01T10:00:00Z', now)).toBe(overdue);
  });
});

describe('oldestFirst', () => {
  it('orders by instant, then by id for ties, whatever the input order', () => {
    const items = [
      { id: 'b', since: '2026-06-01T10:00:00Z' },
      { id: 'c', since: '2026-05-30T10:00:00Z' },
      { id: 'a', since: '2026-06-01T10:00:00Z' },
    ];
    expect(oldestFirst(items).map((i) => i.id)).toEqual(['c', 'a', 'b']);
    expect(oldestFirst([...items].reverse()).map((i) => i.id)).toEqual(['c', 'a', 'b']);
  });
});
