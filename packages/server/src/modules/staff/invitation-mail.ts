import type { AppDeps } from '../../context';
import { clinicName } from '../clinic-profile/profile-cache';

/** Mails the invitee the link that sets their password; sent after the response, so mail trouble undoes nothing. */
export function mailInvitation(
  deps: AppDeps,
  to: { email: string; displayName: string },
  token: string,
  expiresAt: string,
): void {
  const mailer = deps.mailer;
  if (!mailer) return;
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
  clinicName(deps.db)
    .then((clinic) => mailer.send({ to: [to.email], subject: `Your ${clinic} account`, text: text(clinic) }))
    .catch((error: unknown) => deps.onBackgroundError?.(error));
}
