import type { Lang } from '@omt/domain';

/**
 * The mails of an online sign-up, in English and Spanish: the confirmation link, and the note to someone whose email
 * already has an account. All their words are here, so the other mails' translations can align with them.
 */
export interface SignupMailTexts {
  verify(v: { clinic: string; name: string; link: string; hours: number }): { subject: string; text: string };
  alreadyRegistered(v: { clinic: string; resetLink: string; loginLink: string }): {
    subject: string;
    text: string;
  };
}

const en: SignupMailTexts = {
  verify: ({ clinic, name, link, hours }) => ({
    subject: `Confirm your email for ${clinic}`,
    text: [
      `Hello ${name},`,
      '',
      `Thank you for signing up with ${clinic}. To confirm your email and start booking visits, open this link within ${hours} hours (it works once):`,
      link,
      '',
      'If you did not sign up, ignore this mail: no account is confirmed without this link.',
    ].join('\n'),
  }),
  alreadyRegistered: ({ clinic, resetLink, loginLink }) => ({
    subject: `You already have an account with ${clinic}`,
    text: [
      `Someone tried to sign up with ${clinic} using this email, which already has an account.`,
      '',
      `To log in, go to ${loginLink}`,
      `If you forgot your password, choose a new one here: ${resetLink}`,
      '',
      'If it was not you, ignore this mail: nothing has changed.',
    ].join('\n'),
  }),
};

const es: SignupMailTexts = {
  verify: ({ clinic, name, link, hours }) => ({
    subject: `Confirme su correo electrónico para ${clinic}`,
    text: [
      `Hola, ${name}:`,
      '',
      `Gracias por registrarse en ${clinic}. Para confirmar su correo electrónico y poder reservar citas, abra este enlace en el plazo de ${hours} horas (solo funciona una vez):`,
      link,
      '',
      'Si usted no se registró, ignore este correo: ninguna cuenta se confirma sin este enlace.',
    ].join('\n'),
  }),
  alreadyRegistered: ({ clinic, resetLink, loginLink }) => ({
    subject: `Ya tiene una cuenta en ${clinic}`,
    text: [
      `Alguien intentó registrarse en ${clinic} con este correo electrónico, que ya tiene una cuenta.`,
      '',
      `Para iniciar sesión, vaya a ${loginLink}`,
      `Si olvidó su contraseña, elija una nueva aquí: ${resetLink}`,
      '',
      'Si no fue usted, ignore este correo: nada ha cambiado.',
    ].join('\n'),
  }),
};

export const SIGNUP_MAIL_TEXTS: Record<Lang, SignupMailTexts> = { en, es };

/** The texts in a stored language ('es', else English). */
export function signupMailTexts(language: string): SignupMailTexts {
  return language === 'es' ? es : en;
}
