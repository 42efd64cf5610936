/** What the physician did about a safety task or a check-in alert, recorded with the acknowledgement. */
export const ALERT_OUTCOMES = ['called_patient', 'advised_emergency_care', 'booked_visit', 'other'] as const;
export type AlertOutcome = (typeof ALERT_OUTCOMES)[number];

export const ALERT_OUTCOME_LABELS: Record<AlertOutcome, string> = {
  called_patient: 'Called the patient',
  advised_emergency_care: 'Advised emergency care',
  booked_visit: 'Booked a visit',
  other: 'Other',
};

/** The longest acknowledgement note, in characters. */
export const ALERT_NOTE_MAX = 2000;

/** Who a task or alert belongs to: the visit's physician and, for a resident's visit, the supervising physician. */
export interface AlertAssignment {
  physicianId: string;
  supervisorId: string | null;
}

/** Only the treating physician (or a resident's supervisor) acknowledges; every other clinician reads. */
export function mayAcknowledge(assignment: AlertAssignment, userId: string): boolean {
  return (
    assignment.physicianId === userId ||
    (assignment.supervisorId !== null && assignment.supervisorId === userId)
  );
}

/** Why an acknowledgement cannot be recorded as given, naming the field; null when it can. */
export function acknowledgementProblem(ack: {
  outcome: AlertOutcome;
  note: string;
}): { field: 'note'; message: string } | null {
  const note = ack.note.trim();
  if (ack.outcome === 'other' && !note)
    return { field: 'note', message: 'describe what was done when the outcome is "Other"' };
  if (note.length > ALERT_NOTE_MAX)
    return { field: 'note', message: `must be at most ${ALERT_NOTE_MAX} characters` };
  return null;
}
