import type { AppDeps } from '../../context';
import { clinicName } from '../clinic-profile/profile-cache';
import { enqueueMail } from '../../jobs/mail-job';

/**
 * Tells a staff member that an admin reset their two-factor: their codes no longer work, they were logged out, and
 * whether they must set it up again at their next login. Sent as a job.
 */
export async function mailTotpReset(
  deps: AppDeps,
  to: { email: string; displayName: string },
  by: string,
  mustEnrol: boolean,
): Promise<void> {
  if (!deps.mailer) return;
  const text = (clinic: string) =>
    [
      `Hello ${to.displayName},`,
      '',
      `${by}, an administrator of ${clinic}, reset the two-factor authentication of your account.`,
      'The codes of your authenticator app and your recovery codes no longer work, and you were logged out everywhere.',
      '',
      mustEnrol
        ? 'When you next log in with your password, you will be asked to set up two-factor again before anything else.'
        : 'You can log in with your password and turn two-factor on again from your account page.',
      '',
      'If you did not ask for this, tell the clinic at once.',
    ].join('\n');
  const clinic = await clinicName(deps.db);
  await enqueueMail(deps, {
    to: [to.email],
    subject: `Your ${clinic} two-factor was reset`,
    text: text(clinic),
  });
}
