import { hasActiveTotp } from '@omt/db';
import { API, type Endpoint } from '@omt/contracts';
import type { AppDeps } from '../context';
import { DomainError } from '../errors';
import type { AuthUser } from './user';

/** What a user who must still turn two-factor on may reach: enrolment, who they are, and logging out. */
const OPEN_UNTIL_ENROLLED = new Set<Endpoint>([
  API.totpStatus,
  API.totpSetup,
  API.totpEnable,
  API.me,
  API.logout,
]);

/**
 * REQUIRE_TOTP_FOR: a user of such a role without two-factor on reaches only enrolment (403
 * `totp_enrolment_required` elsewhere). Costs nothing for the other roles.
 */
export async function enforceTotpEnrolment(
  deps: AppDeps,
  user: AuthUser,
  /** The REST endpoint called; none for the FHIR API (never open before enrolment). */
  endpoint?: Endpoint,
): Promise<void> {
  if (!deps.config.requireTotpFor.includes(user.role) || (endpoint && OPEN_UNTIL_ENROLLED.has(endpoint)))
    return;
  if (await hasActiveTotp(deps.db, user.id)) return;
  throw new DomainError(
    403,
    'totp_enrolment_required',
    'the clinic requires two-factor authentication for your role: turn it on in your account first',
  );
}
