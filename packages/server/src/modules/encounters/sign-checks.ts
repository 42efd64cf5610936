import { regionById, signingTimingProblem, type RegionId } from '@omt/domain';
import { givenTreatments, holdOf, treatmentStatesOf, type EncounterBundle } from './load';

export interface SignBlocker {
  code:
    | 'visit_not_started'
    | 'patient_not_checked_in'
    | 'red_flags_unreviewed'
    | 'omt_on_hold'
    | 'treatment_under_review'
    | 'copied_exam_unconfirmed';
  message: string;
}

function label(b: EncounterBundle, flagId: string): string {
  return b.redFlags.find((f) => f.id === flagId)?.label ?? flagId;
}

/**
 * A note may be signed while OMT is held only if it documents no OMT, or only treatments the physician
 * confirmed were given before the flag: a referral or a deferral must still be documented and signed.
 */
function unconfirmedUnderHold(
  b: EncounterBundle,
  held: boolean,
  states: ReturnType<typeof treatmentStatesOf>,
): boolean {
  if (!held) return false;
  const confirmed = new Set(states.filter((s) => s.decision === 'confirmed').map((s) => s.treatmentId));
  return givenTreatments(b).some((t) => !confirmed.has(t.id));
}

/**
 * What stops this note from being signed now, most basic first: the visit has not started or the patient
 * has not arrived; a red flag is unreviewed or holds OMT (the hold that refuses treatment recording); a
 * treatment recorded before a later flag waits for the physician's decision.
 */
export function signBlockers(b: EncounterBundle, now: string): SignBlocker[] {
  const blockers: SignBlocker[] = [];
  const timing = signingTimingProblem(
    { start: b.appointment.start_at, timeZone: b.timeZone, status: b.appointment.status },
    now,
  );
  if (timing) blockers.push(timing);
  const hold = holdOf(b);
  if (hold.unreviewed.length) {
    blockers.push({
      code: 'red_flags_unreviewed',
      message: `review every red flag before signing; not yet reviewed: ${hold.unreviewed.map((id) => label(b, id)).join(', ')}`,
    });
  }
  const states = treatmentStatesOf(b);
  const unconfirmed = unconfirmedUnderHold(b, hold.holding.length > 0, states);
  if (unconfirmed) {
    blockers.push({
      code: 'omt_on_hold',
      message: `OMT is on hold (${hold.holding.map((h) => `${label(b, h.flagId)}: ${h.decision.replaceAll('_', ' ')}`).join(', ')}) but the note documents OMT: withdraw each treatment, or confirm it was given before the flag`,
    });
  }
  const underReview = states.filter((s) => s.newFlags.length);
  if (underReview.length) {
    blockers.push({
      code: 'treatment_under_review',
      message: `confirm or withdraw each treatment recorded before a later red flag (${[
        ...new Set(underReview.flatMap((s) => s.newFlags)),
      ]
        .map((id) => label(b, id))
        .join(', ')})`,
    });
  }
  const copied = b.exam.filter((f) => f.copied_from && f.copy_confirmed !== 1);
  if (copied.length) {
    blockers.push({
      code: 'copied_exam_unconfirmed',
      message: `re-examine and confirm or edit each exam finding copied from the last visit (${copied
        .map((f) => regionById(f.region as RegionId).label)
        .join(', ')})`,
    });
  }
  return blockers;
}
