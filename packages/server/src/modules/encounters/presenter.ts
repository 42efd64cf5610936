import {
  codeEncounter,
  neckTraumaReported,
  type CodingResult,
  type RedFlagDecision,
  type RegionId,
  type TreatmentReviewDecision,
} from '@omt/domain';
import type { CSpineExamFindings, CSpineView, Encounter } from '@omt/contracts';
import { givenTreatments, holdOf, treatmentStatesOf, visitDayOf, type EncounterBundle } from './load';
import { signBlockers } from './sign-checks';
import { ageLabel, patientName } from '../patients/presenter';
import { noteTextOf } from './note-text-of';

/** Codes from the structured data: treated regions with TART findings count (clinical-reference CR-REG-1, CR-EXAM-1). */
export function codingOf(b: EncounterBundle): CodingResult {
  const treated = new Set(givenTreatments(b).map((t) => t.region));
  const regions = new Set<string>([...b.exam.map((e) => e.region), ...treated]);
  return codeEncounter({
    separateEmDocumented: b.encounter.em_documented === 1,
    regions: [...regions].map((region) => {
      const f = b.exam.find((e) => e.region === region);
      return {
        region: region as RegionId,
        treated: treated.has(region),
        tart: {
          tenderness: f?.tenderness === 1,
          asymmetry: f?.asymmetry === 1,
          restriction: f?.restriction === 1,
          tissueTexture: f?.tissue_texture === 1,
        },
      };
    }),
  });
}

/** The Canadian C-spine rule at this visit, when the intake reported neck trauma. */
function cSpineOf(b: EncounterBundle): CSpineView | null {
  if (!neckTraumaReported(b.intakeFlags)) return null;
  const row = b.cSpineExam;
  const d = b.cSpineDecision;
  return {
    intakeAnswers: b.cSpineIntakeAnswers ?? {},
    exam:
      row && d
        ? {
            ...(JSON.parse(row.findings_json) as CSpineExamFindings),
            ...d,
            recordedBy: row.recorded_by,
            recordedAt: row.recorded_at,
          }
        : null,
  };
}

/** Each treatment's later red flags awaiting a decision, and the physician's latest decision on it. */
function treatmentReviewsOf(b: EncounterBundle) {
  const states = new Map(treatmentStatesOf(b).map((s) => [s.treatmentId, s]));
  const labelOf = (id: string) => b.redFlags.find((f) => f.id === id)?.label ?? id;
  return (treatmentId: string) => {
    const review = b.treatmentReviews.filter((r) => r.treatment_id === treatmentId).at(-1);
    return {
      flagsAfter: (states.get(treatmentId)?.newFlags ?? []).map((id) => ({ id, label: labelOf(id) })),
      review: review
        ? {
            decision: review.decision as TreatmentReviewDecision,
            note: review.note,
            reviewedBy: review.reviewed_by,
            reviewedAt: review.reviewed_at,
          }
        : null,
    };
  };
}

/** The encounter as the API shows it at `now` to `viewerId` (who may or may not co-sign it). */
export function presentEncounter(b: EncounterBundle, now: string, viewerId: string): Encounter {
  const e = b.encounter;
  const today = visitDayOf(b);
  const reviewOf = treatmentReviewsOf(b);
  const coding = e.coding_json ? (JSON.parse(e.coding_json) as CodingResult) : codingOf(b);
  return {
    id: e.id,
    appointmentId: e.appointment_id,
    patientId: e.patient_id,
    patientName: patientName(b.patient),
    patientAgeLabel: ageLabel(b.patient.birth_date, today),
    authorId: e.author_id,
    authorName: b.author.display_name,
    status: e.status as Encounter['status'],
    start: b.appointment.start_at,
    timeZone: b.timeZone,
    locationName: b.locationName,
    exam: b.exam.map((f) => ({
      region: f.region as RegionId,
      tenderness: f.tenderness === 1,
      asymmetry: f.asymmetry === 1,
      restriction: f.restriction === 1,
      tissueTexture: f.tissue_texture === 1,
      ...(f.severity ? { severity: f.severity as 'mild' | 'moderate' | 'severe' } : {}),
      ...(f.segment ? { segment: f.segment } : {}),
      ...(f.comment ? { comment: f.comment } : {}),
      ...(f.copied_from ? { copiedFrom: f.copied_from, copyConfirmed: f.copy_confirmed === 1 } : {}),
    })),
    consents: b.consents.map((c) => ({
      id: c.id,
      technique: c.technique as Encounter['consents'][number]['technique'],
      decision: c.decision as 'given' | 'refused',
      method: c.method as 'verbal' | 'written',
      recordedBy: c.recorded_by,
      recordedAt: c.recorded_at,
    })),
    treatments: b.treatments.map((t) => ({
      id: t.id,
      region: t.region as RegionId,
      technique: t.technique as Encounter['treatments'][number]['technique'],
      position: t.position,
      response: t.response as Encounter['treatments'][number]['response'],
      ...(t.caution_reason ? { cautionReason: t.caution_reason } : {}),
      ...(t.duration_minutes ? { durationMinutes: t.duration_minutes } : {}),
      ...(t.discomfort_json
        ? { discomfort: JSON.parse(t.discomfort_json) as { description: string; actionTaken: string } }
        : {}),
      safetyVerdict: t.safety_verdict as 'allowed' | 'caution' | 'blocked',
      recordedAt: t.recorded_at,
      ...reviewOf(t.id),
    })),
    note: e.note_text,
    coding: { ...coding, emCode: coding.emModifier25 ? (e.em_code ?? null) : null },
    signedAt: e.signed_at,
    signedBy: e.signed_by,
    cosignedBy: e.cosigned_by,
    cosignedByName: b.cosigner?.display_name ?? null,
    canCosign: e.status === 'awaiting_cosign' && b.author.supervisor_id === viewerId,
    cosignedAt: e.cosigned_at,
    requiresCosign: b.author.role === 'resident',
    tolerance: (e.tolerance ?? null) as Encounter['tolerance'],
    reassessment: e.reassessment,
    redFlags: b.redFlags.map((f) => {
      const review = b.reviews.filter((r) => r.flag_id === f.id).at(-1);
      return {
        ...f,
        review: review
          ? {
              decision: review.decision as RedFlagDecision,
              note: review.note,
              reviewedBy: review.reviewed_by,
              reviewedAt: review.reviewed_at,
            }
          : null,
      };
    }),
    omtOnHold: holdOf(b).onHold,
    signBlockers: e.status === 'draft' ? signBlockers(b, now) : [],
    cSpine: cSpineOf(b),
    addenda: b.addenda.map((a) => ({
      id: String(a.id),
      authorId: a.author_id,
      authorName: a.author_name,
      text: a.text,
      createdAt: a.created_at,
    })),
    noteText: noteTextOf(e),
  };
}
