import type { AppDeps } from '../../context';

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
  const text = [
    `Hello ${to.displayName},`,
    '',
    'You have been invited to OMT Clinic. Set your password to activate your account:',
    link,
    '',
    `The link works once, until ${expiresAt.replace('T', ' ').replace('Z', ' UTC')}.`,
  ].join('\n');
  mailer
    .send({ to: [to.email], subject: 'Your OMT Clinic account', text })
    .catch((error: unknown) => deps.onBackgroundError?.(error));
}
