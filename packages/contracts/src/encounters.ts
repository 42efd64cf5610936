import { z } from 'zod';
import { RED_FLAG_DECISIONS, REGION_IDS, TECHNIQUE_IDS, TREATMENT_REVIEW_DECISIONS } from '@omt/domain';
import { CSpineView } from './c-spine';
import { RedFlagView } from './intake';
import { EmCode, NoteText } from './note';

export const RegionId = z.enum(REGION_IDS);
export const TechniqueId = z.enum(TECHNIQUE_IDS);

export const ExamRegion = z.object({
  region: RegionId,
  tenderness: z.boolean(),
  asymmetry: z.boolean(),
  restriction: z.boolean(),
  tissueTexture: z.boolean(),
  severity: z.enum(['mild', 'moderate', 'severe']).optional(),
  /** Segmental notation such as `L4 FRrSr`; checked by the domain parser. */
  segment: z.string().trim().max(40).optional(),
  comment: z.string().max(1000).optional(),
  /** The date of the signed visit this row was copied from; kept only while the findings are unchanged. */
  copiedFrom: z.string().max(10).optional(),
  /** The physician re-examined a copied row and confirmed it (the note says so). */
  copyConfirmed: z.boolean().optional(),
});
export type ExamRegion = z.infer<typeof ExamRegion>;

export const SaveExam = z.object({ regions: z.array(ExamRegion).max(10) });
export type SaveExam = z.infer<typeof SaveExam>;

export const SafetyQuery = z.object({ technique: TechniqueId, region: RegionId });

export const SafetyResultView = z.object({
  verdict: z.enum(['allowed', 'caution', 'blocked']),
  reasons: z.array(
    z.object({
      ruleId: z.string(),
      verdict: z.enum(['caution', 'blocked']),
      message: z.string(),
      /** The clinical-reference rows cited, with their source and, where marked, the evidence in plain words. */
      source: z.string(),
    }),
  ),
});
export type SafetyResultView = z.infer<typeof SafetyResultView>;

export const RecordConsent = z.object({
  technique: TechniqueId,
  decision: z.enum(['given', 'refused']),
  method: z.enum(['verbal', 'written']),
});
export type RecordConsent = z.infer<typeof RecordConsent>;

export const Consent = RecordConsent.extend({
  id: z.string(),
  recordedBy: z.string(),
  recordedAt: z.string(),
});

export const TREATMENT_RESPONSES = ['resolved', 'improved', 'unchanged', 'worse'] as const;

export const RecordTreatment = z.object({
  region: RegionId,
  technique: TechniqueId,
  position: z.string().trim().min(2, 'name the patient position').max(100),
  response: z.enum(TREATMENT_RESPONSES),
  /** Required to proceed when the safety engine says "caution". */
  cautionReason: z.string().trim().min(5).max(500).optional(),
  durationMinutes: z.number().int().min(1, 'must be 1–60 minutes').max(60, 'must be 1–60 minutes').optional(),
  /** "If you feel pain or discomfort during treatment, tell your provider right away": what happened and what was done. */
  discomfort: z
    .object({
      description: z.string().trim().min(3, 'say what the patient felt').max(500),
      actionTaken: z.string().trim().min(3, 'say what was done').max(500),
    })
    .optional(),
});
export type RecordTreatment = z.infer<typeof RecordTreatment>;

/** The physician's decision on a treatment that a red flag raised after it put under review. */
export const RecordTreatmentReview = z.object({
  decision: z.enum(TREATMENT_REVIEW_DECISIONS),
  note: z.string().trim().min(3, 'say what was decided and why').max(2000),
});
export type RecordTreatmentReview = z.infer<typeof RecordTreatmentReview>;

export const TreatmentReviewParams = z.object({
  id: z.string().min(1).max(64),
  treatmentId: z.string().min(1).max(64),
});

export const Treatment = RecordTreatment.extend({
  id: z.string(),
  safetyVerdict: z.enum(['allowed', 'caution', 'blocked']),
  recordedAt: z.string(),
  /** Red flags raised after this treatment that still wait for the physician's decision on it. */
  flagsAfter: z.array(z.object({ id: z.string(), label: z.string() })),
  /** The physician's latest decision on it after a later red flag; null when none was needed or made. */
  review: z
    .object({
      decision: z.enum(TREATMENT_REVIEW_DECISIONS),
      note: z.string(),
      reviewedBy: z.string(),
      reviewedAt: z.string(),
    })
    .nullable(),
});

export const TOLERANCE = ['well', 'fair', 'poorly'] as const;

export const SignEncounter = z.object({
  separateEmDocumented: z.boolean().default(false),
  emNote: z.string().max(4000).optional(),
  /** The E/M service's CPT code; a code sent with the signature takes the draft's place. */
  emCode: EmCode.optional(),
  tolerance: z.enum(TOLERANCE).optional(),
  reassessment: z.string().trim().max(2000).optional(),
  /** The aftercare instructions were given at the visit; the note says so only then. */
  aftercareGiven: z.boolean().default(false),
});
export type SignEncounter = z.infer<typeof SignEncounter>;

export const CodingView = z.object({
  cpt: z.enum(['98925', '98926', '98927', '98928', '98929']).nullable(),
  regionCount: z.number(),
  diagnoses: z.array(z.object({ region: RegionId, icd10: z.string(), title: z.string() })),
  emModifier25: z.boolean(),
  /** The E/M service's CPT code billed with modifier 25 (null without modifier 25 or before one is entered). */
  emCode: z.string().nullable(),
  blockers: z.array(z.object({ code: z.string(), region: RegionId.optional(), message: z.string() })),
  source: z.string(),
});
export type CodingView = z.infer<typeof CodingView>;

export const RecordRedFlagReview = z.object({
  flagId: z.string().min(1).max(100),
  decision: z.enum(RED_FLAG_DECISIONS),
  note: z.string().trim().min(3, 'say what was decided and why').max(2000),
});
export type RecordRedFlagReview = z.infer<typeof RecordRedFlagReview>;

export const ReviewedRedFlag = RedFlagView.extend({
  review: z
    .object({
      decision: z.enum(RED_FLAG_DECISIONS),
      note: z.string(),
      reviewedBy: z.string(),
      reviewedAt: z.string(),
    })
    .nullable(),
});
export type ReviewedRedFlag = z.infer<typeof ReviewedRedFlag>;

export const AddAddendum = z.object({ text: z.string().trim().min(3, 'write the addendum').max(4000) });
export type AddAddendum = z.infer<typeof AddAddendum>;

export const Addendum = z.object({
  id: z.string(),
  authorId: z.string(),
  authorName: z.string(),
  text: z.string(),
  createdAt: z.string(),
});
export type Addendum = z.infer<typeof Addendum>;

export const ENCOUNTER_STATUSES = ['draft', 'awaiting_cosign', 'signed'] as const;

export const Encounter = z.object({
  id: z.string(),
  appointmentId: z.string(),
  patientId: z.string(),
  patientName: z.string(),
  patientAgeLabel: z.string(),
  authorId: z.string(),
  authorName: z.string(),
  status: z.enum(ENCOUNTER_STATUSES),
  start: z.string(),
  timeZone: z.string(),
  locationName: z.string(),
  exam: z.array(ExamRegion),
  consents: z.array(Consent),
  treatments: z.array(Treatment),
  note: z.string().nullable(),
  coding: CodingView.nullable(),
  signedAt: z.string().nullable(),
  signedBy: z.string().nullable(),
  cosignedBy: z.string().nullable(),
  cosignedByName: z.string().nullable(),
  /** Whether the caller is the supervising physician who may co-sign this note now. */
  canCosign: z.boolean(),
  cosignedAt: z.string().nullable(),
  requiresCosign: z.boolean(),
  tolerance: z.enum(TOLERANCE).nullable(),
  reassessment: z.string().nullable(),
  /** Red flags from the intake with the physician's latest decision on each. */
  redFlags: z.array(ReviewedRedFlag),
  /** OMT cannot be documented while on hold (a flag unreviewed or not cleared). */
  omtOnHold: z.boolean(),
  /** Why the note cannot be signed now (empty when it can), with the codes signing would refuse with. */
  signBlockers: z.array(z.object({ code: z.string(), message: z.string() })),
  /** The Canadian C-spine rule, when the intake reported neck trauma; null otherwise. */
  cSpine: CSpineView.nullable(),
  /** Dated additions after signing; the signed note itself never changes. */
  addenda: z.array(Addendum),
  /** The free text (history, assessment, plan, E/M note) and its version for the next save. */
  noteText: NoteText,
});
export type Encounter = z.infer<typeof Encounter>;

export const Aftercare = z.object({
  encounterId: z.string(),
  date: z.string(),
  lang: z.enum(['en', 'es']),
  items: z.array(z.object({ id: z.string(), text: z.string(), source: z.string() })),
  /** The techniques given at the visit, so the patient can read about each in the education library. */
  techniques: z.array(z.enum(TECHNIQUE_IDS)),
});
export type Aftercare = z.infer<typeof Aftercare>;

export const AftercareQuery = z.object({ lang: z.enum(['en', 'es']).default('en') });
