import type { RequestContext } from '../context';
import { DomainError } from '../errors';

/**
 * Refuses a booking (a visit, a series, joining the waitlist, taking a held time) by a patient login whose email is
 * not confirmed yet (403 `email_not_verified`); staff book for anyone.
 */
export function requireVerifiedEmail(ctx: RequestContext): void {
  if (ctx.user.role !== 'patient' || ctx.user.emailVerified) return;
  throw new DomainError(
    403,
    'email_not_verified',
    'confirm your email first: open the link we mailed you (or ask for a new one), then book',
  );
}
