import { deleteSessionsOfUser, removeTotp } from '@omt/db';
import type { StaffMember } from '@omt/contracts';
import type { RequestContext } from '../../context';
import { fail } from '../../errors';
import { totpRequiredFor } from '../../auth/totp-challenge';
import { audit, present, requireStaff } from './service';
import { mailTotpReset } from './totp-reset-mail';

/**
 * An admin resets another staff member's lost two-factor: the secret, recovery codes and pending logins go, every
 * session of theirs ends (one transaction), the reason is audited and they are mailed. Where the clinic requires
 * two-factor for their role, the login then reaches only enrolment until they set it up again.
 */
export async function resetStaffTotp(ctx: RequestContext, id: string, reason: string): Promise<StaffMember> {
  ctx.requireRole('admin');
  if (id === ctx.user.id) {
    throw fail.forbidden(
      'you cannot reset your own two-factor: turn it off on your account page, or ask another admin',
    );
  }
  const user = await requireStaff(ctx, id);
  await audit(ctx, 'staff.totp_reset', id, reason);
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await removeTotp(trx, id))) {
      throw fail.conflict('totp_not_enabled', `${user.display_name} has no two-factor to reset`);
    }
    await deleteSessionsOfUser(trx, id);
  });
  await mailTotpReset(
    ctx.deps,
    { email: user.email, displayName: user.display_name },
    ctx.user.displayName,
    totpRequiredFor(ctx.deps, user.role),
  );
  return present(ctx, await requireStaff(ctx, id));
}
