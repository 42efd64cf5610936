import type { AppDeps } from '../../context';
import { clinicName } from '../clinic-profile/profile-cache';
import { enqueueMail } from '../../jobs/mail-job';

/** Mails the invitee the link that sets their password, as a job: mail trouble undoes nothing, a crash loses nothing. */
export async function mailInvitation(
  deps: AppDeps,
  to: { email: string; displayName: string },
  token: string,
  expiresAt: string,
): Promise<void> {
  if (!deps.mailer) return;
  const link = `${deps.config.publicUrl}/accept-invitation#token=${token}`;
  const text = (clinic: string) =>
    [
      `Hello ${to.displayName},`,
      '',
      `You have been invited to ${clinic}. Set your password to activate your account:`,
      link,
      '',
      `The link works once, until ${expiresAt.replace('T', ' ').replace('Z', ' UTC')}.`,
    ].join('\n');
  const clinic = await clinicName(deps.db);
  await enqueueMail(deps, { to: [to.email], subject: `Your ${clinic} account`, text: text(clinic) });
}
