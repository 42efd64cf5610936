import type { Lang } from '@omt/domain';
import { fill } from '../../mail/texts/fill';
import { SIGNUP_TEXTS } from '../../mail/texts/signup-texts';

/** The confirmation mail of a sign-up, in the language chosen at sign-up. */
export function verificationMail(
  lang: Lang,
  v: { clinic: string; name: string; link: string; hours: number },
) {
  const t = SIGNUP_TEXTS[lang];
  return {
    subject: fill(t.verifySubject, v),
    text: [fill(t.verifyGreeting, v), '', fill(t.verifyOpen, v), v.link, '', fill(t.verifyNotYou, v)].join(
      '\n',
    ),
  };
}

/** To an email that already has an account: where to log in, and where to choose a new password. */
export function alreadyRegisteredMail(lang: Lang, v: { clinic: string; logInUrl: string; resetUrl: string }) {
  const t = SIGNUP_TEXTS[lang];
  return {
    subject: fill(t.takenSubject, v),
    text: [
      fill(t.takenTried, v),
      '',
      fill(t.takenLogIn, { url: v.logInUrl }),
      fill(t.takenReset, { url: v.resetUrl }),
      '',
      fill(t.takenNotYou, v),
    ].join('\n'),
  };
}
