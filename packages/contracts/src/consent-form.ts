import { z } from 'zod';
import { Instant } from './common';

/** One version of the clinic's general treatment consent text, in English and Spanish. */
export const ConsentForm = z.object({
  version: z.number().int(),
  textEn: z.string(),
  textEs: z.string(),
  publishedAt: Instant,
});
export type ConsentForm = z.infer<typeof ConsentForm>;

export const PublishConsentForm = z
  .object({
    textEn: z
      .string()
      .trim()
      .min(100, 'must be at least 100 characters')
      .max(20000, 'must be at most 20,000 characters'),
    textEs: z
      .string()
      .trim()
      .min(100, 'must be at least 100 characters')
      .max(20000, 'must be at most 20,000 characters'),
  })
  .strict();

export const ConsentSignature = z.object({
  patientId: z.string(),
  version: z.number().int(),
  typedName: z.string(),
  signerName: z.string(),
  /** `self` for the patient, `guardian` for a parent signing for a child. */
  signerRelationship: z.enum(['self', 'guardian']),
  signedAt: Instant,
});
export type ConsentSignature = z.infer<typeof ConsentSignature>;

/** Where a patient stands with the general consent: the form in force and every signature. */
export const ConsentSummary = z.object({
  patientId: z.string(),
  patientName: z.string(),
  status: z.enum(['signed', 'new_version', 'not_signed']),
  current: ConsentForm,
  signatures: z.array(ConsentSignature),
});
export type ConsentSummary = z.infer<typeof ConsentSummary>;

export const SignConsent = z
  .object({
    version: z.number().int().min(1),
    typedName: z.string().trim().min(1, 'type your full name').max(200, 'must be at most 200 characters'),
  })
  .strict();
