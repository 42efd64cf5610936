/**
 * A red flag that arrives after a treatment was recorded (a later intake, the C-spine exam) puts that
 * treatment under review: the physician confirms it stands or withdraws it, with a note, before signing.
 */
export const TREATMENT_REVIEW_DECISIONS = ['confirmed', 'withdrawn'] as const;
export type TreatmentReviewDecision = (typeof TREATMENT_REVIEW_DECISIONS)[number];

export interface RecordedTreatment {
  id: string;
  /** The visit's flag ids when it was recorded; null when unknown (recorded before this rule). */
  flagsKnown: readonly string[] | null;
}

export interface TreatmentReview {
  treatmentId: string;
  decision: TreatmentReviewDecision;
  /** The flag ids the decision was made with. */
  flags: readonly string[];
}

export interface TreatmentReviewState {
  treatmentId: string;
  /** Flags raised after the treatment (or its last decision) that nobody has decided on yet. */
  newFlags: string[];
  /** The latest decision, if any. */
  decision: TreatmentReviewDecision | null;
}

/** Each treatment's review state; `reviews` in the order they were recorded (the latest decision wins). */
export function treatmentReviewStates(
  flags: readonly { id: string }[],
  treatments: readonly RecordedTreatment[],
  reviews: readonly TreatmentReview[],
): TreatmentReviewState[] {
  const latest = new Map<string, TreatmentReview>();
  for (const r of reviews) latest.set(r.treatmentId, r);
  return treatments.map((t) => {
    const review = latest.get(t.id);
    const known = new Set([...(t.flagsKnown ?? flags.map((f) => f.id)), ...(review?.flags ?? [])]);
    return {
      treatmentId: t.id,
      newFlags: flags.map((f) => f.id).filter((id) => !known.has(id)),
      decision: review?.decision ?? null,
    };
  });
}

/** The treatments waiting for the physician's decision because of a flag raised after them. */
export function treatmentsUnderReview(
  flags: readonly { id: string }[],
  treatments: readonly RecordedTreatment[],
  reviews: readonly TreatmentReview[],
): TreatmentReviewState[] {
  return treatmentReviewStates(flags, treatments, reviews).filter((s) => s.newFlags.length > 0);
}
