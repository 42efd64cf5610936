import { z } from 'zod';
import { IsoDate } from './common';
import { EmailAddress, PatientSex, PhoneNumber, PreferredLanguage } from './patients';

const name = z.string().trim().min(1, 'is required').max(100, 'must be at most 100 characters');

/**
 * A new patient signs up online: their own name, date of birth, sex, contact, language and a password (the server's
 * policy, as for every new password, names the field). The answer is the same whether or not the email has an
 * account already.
 */
export const SignUpRequest = z
  .object({
    givenName: name,
    familyName: name,
    birthDate: IsoDate,
    sex: PatientSex,
    email: EmailAddress.transform((v) => v.toLowerCase()),
    phone: PhoneNumber.nullable().default(null),
    preferredLanguage: PreferredLanguage.default('en'),
    password: z.string().max(1000),
  })
  .strict();
export type SignUpRequest = z.infer<typeof SignUpRequest>;
export type SignUpInput = z.input<typeof SignUpRequest>;

/** The same 202 for a new email, an email in use, and a resend: the mail says what happened. */
export const SignUpResponse = z.object({ ok: z.literal(true), message: z.string() });
export type SignUpResponse = z.infer<typeof SignUpResponse>;

export const VerifyEmailRequest = z.object({ token: z.string().trim().min(1).max(200) }).strict();
export type VerifyEmailRequest = z.infer<typeof VerifyEmailRequest>;

export const ResendVerificationRequest = z
  .object({ email: EmailAddress.transform((v) => v.toLowerCase()) })
  .strict();
export type ResendVerificationRequest = z.infer<typeof ResendVerificationRequest>;

/** A parent adds a child (under 18) to their portal login; the login becomes the child's guardian. */
export const AddChildRequest = z
  .object({ givenName: name, familyName: name, birthDate: IsoDate, sex: PatientSex })
  .strict();
export type AddChildRequest = z.infer<typeof AddChildRequest>;

/** The desk has checked a record made online against its possible duplicates (what it found, in a few words). */
export const ResolveDuplicateReview = z
  .object({ note: z.string().trim().min(3, 'must say what you found in at least 3 characters').max(500) })
  .strict();
export type ResolveDuplicateReview = z.infer<typeof ResolveDuplicateReview>;
