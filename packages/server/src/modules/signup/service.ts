/**
 * Online sign-up: a new patient's login (its email not yet confirmed) and their own record, the mailed confirmation
 * (single use, 24 h, only the token's SHA-256 stored), and resending it. The public answer never says whether an
 * email has an account: the work happens after the answer, and the mail tells the person what happened.
 */
import { randomUUID } from 'node:crypto';
import {
  findEmailVerificationToken,
  findLoginByEmail,
  insertEmailVerificationToken,
  insertSignup,
  isUniqueViolation,
  unitOfWork,
  useEmailVerificationToken,
} from '@omt/db';
import type { SignUpRequest } from '@omt/contracts';
import { enqueueMail } from '../../jobs/mail-job';
import { checkNewPassword } from '../../auth/password-policy';
import { hashPassword } from '../../auth/passwords';
import { newSecretToken, tokenHash } from '../../auth/sessions';
import { toInstant } from '../../clock';
import { RequestContext, type AppDeps } from '../../context';
import { DomainError, fail } from '../../errors';
import { recordAudit } from '../../audit/audit';
import { linkRefusals } from '../../audit/account-refusal';
import { clinicName } from '../clinic-profile/profile-cache';
import { ADULT_YEARS, checkBirthDate, isMinor } from '../patients/registration';
import { prepareOnlineRecord } from '../patients/online-registration';
import { asLang, languageOfUser } from '../../mail/mail-language';
import { alreadyRegisteredMail, verificationMail } from './signup-mail';

/** A mailed confirmation link is good for 24 hours, once. */
export const VERIFY_TOKEN_HOURS = 24;

/**
 * What can be refused without looking anything up, so the refusal tells nothing about other accounts: the birth
 * date (an adult's: a parent signs up and adds the child) and the password policy (400 naming the field).
 */
export function checkSignUp(deps: AppDeps, body: SignUpRequest): void {
  const today = toInstant(deps.clock()).slice(0, 10);
  checkBirthDate(body.birthDate, today);
  if (isMinor(body.birthDate, today)) {
    throw fail.invalid(
      'birthDate',
      `you must be ${ADULT_YEARS} or older to sign up; a parent signs up and then adds the child`,
      'adults_only',
    );
  }
  checkNewPassword(body.password, { email: body.email, name: `${body.givenName} ${body.familyName}` });
}

/** Queues the mail as a job (it never throws: a sign-up stands whatever happens to its mail). */
function send(deps: AppDeps, to: string, mail: { subject: string; text: string }): Promise<void> {
  return enqueueMail(deps, { to: [to], ...mail });
}

/** Stores a new confirmation token for the login and mails its link in the person's language. */
async function mailVerification(
  deps: AppDeps,
  user: { id: string; email: string; displayName: string },
  language: string,
  store: (row: {
    token_hash: string;
    user_id: string;
    created_at: string;
    expires_at: string;
  }) => Promise<void>,
): Promise<void> {
  const { token, hash } = newSecretToken();
  const now = deps.clock();
  await store({
    token_hash: hash,
    user_id: user.id,
    created_at: toInstant(now),
    expires_at: toInstant(new Date(now.getTime() + VERIFY_TOKEN_HOURS * 3_600_000)),
  });
  const link = `${deps.config.publicUrl}/verify-email?token=${token}`;
  const clinic = await clinicName(deps.db);
  await send(
    deps,
    user.email,
    verificationMail(asLang(language), { clinic, name: user.displayName, link, hours: VERIFY_TOKEN_HOURS }),
  );
}

async function mailAlreadyRegistered(deps: AppDeps, email: string, language: string): Promise<void> {
  const base = deps.config.publicUrl;
  await send(
    deps,
    email,
    alreadyRegisteredMail(asLang(language), {
      clinic: await clinicName(deps.db),
      logInUrl: `${base}/login`,
      resetUrl: `${base}/forgot-password`,
    }),
  );
  await recordAudit(deps.db, deps.clock, null, {
    action: 'auth.signup_email_in_use',
    patientId: null,
    resourceType: 'user',
    resourceId: null,
    outcome: 'denied',
  });
}

/**
 * Runs after the answer: for an email in use, mails that person where to log in or reset the password; else creates
 * the login and the record (flagged for the desk when it may be someone registered already) and mails the link.
 */
export async function signUp(deps: AppDeps, body: SignUpRequest): Promise<void> {
  if (await findLoginByEmail(deps.db, body.email)) {
    await mailAlreadyRegistered(deps, body.email, body.preferredLanguage);
    return;
  }
  const passwordHash = await hashPassword(body.password);
  try {
    // After the answer, so not in the route's unit of work: its own, so the audit row commits with the sign-up.
    await unitOfWork(deps.db, () => createSignUp(deps, body, passwordHash));
  } catch (error) {
    // The same email signed up at the same moment: this one is "already registered".
    if (!isUniqueViolation(error)) throw error;
    await mailAlreadyRegistered(deps, body.email, body.preferredLanguage);
  }
}

async function createSignUp(deps: AppDeps, body: SignUpRequest, passwordHash: string): Promise<void> {
  const now = toInstant(deps.clock());
  const userId = randomUUID();
  const displayName = `${body.givenName} ${body.familyName}`;
  const { row, detail } = await prepareOnlineRecord(deps.db, now, body, [], 'online sign-up');
  const ctx = new RequestContext(deps, {
    id: userId,
    email: body.email,
    role: 'patient',
    displayName,
    credential: null,
    supervisorId: null,
    sessionId: '',
    patientIds: [row.id],
    emailVerified: false,
    via: 'bearer',
  });
  await ctx.access(row.id, 'registration.self', 'patient', row.id, detail);
  const user = {
    id: userId,
    email: body.email,
    password_hash: passwordHash,
    role: 'patient',
    display_name: displayName,
    credential: null,
    supervisor_id: null,
    created_at: now,
    calendar_token_hash: null,
    npi: null,
  };
  await mailVerification(
    deps,
    { id: userId, email: body.email, displayName },
    body.preferredLanguage,
    (token) => insertSignup(deps.db, { user, patient: row, token }),
  );
}

/** Runs after the answer: a login whose email is not confirmed yet gets a new link; any other email, nothing. */
export async function resendVerification(deps: AppDeps, email: string): Promise<void> {
  const user = await findLoginByEmail(deps.db, email);
  if (!user || user.email_verified === 1 || user.status !== 'active') return;
  await mailVerification(
    deps,
    { id: user.id, email: user.email, displayName: user.display_name },
    await languageOfUser(deps.db, user.id),
    (row) => insertEmailVerificationToken(deps.db, row),
  );
}

const tokenRefusal = (status: number, code: string, why: string) =>
  new DomainError(status, code, `token: ${why}`, 'token');

/**
 * Confirms the email with a mailed token: unknown 400, used or expired (24 h by the clinic's clock) 410; the token
 * is used up and the login may book from now on.
 */
export async function verifyEmail(deps: AppDeps, token: string): Promise<void> {
  const hash = tokenHash(token);
  const row = await findEmailVerificationToken(deps.db, hash);
  // A refused link is audited naming the login it was mailed to, when known (no actor: a link proves no one).
  const refuse = linkRefusals(deps, 'auth.email_verified');
  if (!row) {
    return refuse(
      null,
      'unknown confirmation link',
      tokenRefusal(
        400,
        'verification_token_invalid',
        'this confirmation link is not valid; ask for a new one',
      ),
    );
  }
  const now = toInstant(deps.clock());
  const used = () =>
    tokenRefusal(
      410,
      'verification_token_used',
      'this confirmation link was already used; if your email is confirmed, just log in, else ask for a new link',
    );
  if (row.used_at) return refuse(row.user_id, 'confirmation link already used', used());
  if (row.expires_at <= now) {
    return refuse(
      row.user_id,
      'confirmation link expired',
      tokenRefusal(
        410,
        'verification_token_expired',
        `this confirmation link expired (links last ${VERIFY_TOKEN_HOURS} hours); ask for a new one`,
      ),
    );
  }
  // The audit row first: the token is used up and the email confirmed with it or not at all.
  await recordAudit(deps.db, deps.clock, null, {
    action: 'auth.email_verified',
    patientId: null,
    resourceType: 'user',
    resourceId: row.user_id,
    outcome: 'allowed',
  });
  // Used by another request meanwhile: the allowed row rolls back with it, and the refusal is written after.
  if (!(await useEmailVerificationToken(deps.db, hash, now))) {
    return refuse(row.user_id, 'confirmation link used meanwhile', used());
  }
}
