import { insertMfaChallenge } from '@omt/db';
import type { MfaChallenge } from '@omt/contracts';
import { newSecretToken } from './sessions';
import { toInstant } from '../clock';
import type { AppDeps } from '../context';

/** Between a right password and a right code: five minutes, once. */
export const MFA_CHALLENGE_MINUTES = 5;

/** Whether the clinic requires two-factor for this role (REQUIRE_TOTP_FOR). */
export function totpRequiredFor(deps: AppDeps, role: string): boolean {
  return deps.config.requireTotpFor.includes(role);
}

/** After a right password, for an account with two-factor on: a pending token, no session yet. */
export async function startMfaChallenge(deps: AppDeps, userId: string): Promise<MfaChallenge> {
  const { token, hash } = newSecretToken();
  const now = deps.clock();
  const expiresAt = toInstant(new Date(now.getTime() + MFA_CHALLENGE_MINUTES * 60_000));
  await insertMfaChallenge(deps.db, {
    id: hash,
    user_id: userId,
    created_at: toInstant(now),
    expires_at: expiresAt,
  });
  return { status: 'mfa_required', pendingToken: token, expiresAt };
}
