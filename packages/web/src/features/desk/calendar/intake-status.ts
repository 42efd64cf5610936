import type { Appointment } from '@omt/contracts';

/** The intake's state as the desk reads it: not started, submitted, or submitted with urgent red flags. */
export function intakeStatusText(a: Pick<Appointment, 'intakeSubmitted' | 'urgentFlags'>): string {
  if (!a.intakeSubmitted) return 'Not started';
  const n = a.urgentFlags.length;
  return n === 0 ? 'Submitted' : `Submitted, ${n} red flag${n === 1 ? '' : 's'}`;
}

/** Whether the desk may still take the check-in back: checked in, and no note of the visit signed. */
export function mayUndoCheckIn(a: Pick<Appointment, 'status' | 'encounterStatus'>): boolean {
  return a.status === 'checked_in' && (a.encounterStatus === null || a.encounterStatus === 'draft');
}
