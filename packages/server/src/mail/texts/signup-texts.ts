import type { Catalogue } from './fill';

/** The mails of an online sign-up: the confirmation link, and the note to an email that already has an account. */
const en = {
  verifySubject: 'Confirm your email for {clinic}',
  verifyGreeting: 'Hello {name},',
  verifyOpen:
    'Thank you for signing up with {clinic}. To confirm your email and start booking visits, open this link within {hours} hours (it works once):',
  verifyNotYou: 'If you did not sign up, ignore this mail: no account is confirmed without this link.',
  takenSubject: 'You already have an account with {clinic}',
  takenTried: 'Someone tried to sign up with {clinic} using this email, which already has an account.',
  takenLogIn: 'To log in, go to {url}',
  takenReset: 'If you forgot your password, choose a new one here: {url}',
  takenNotYou: 'If it was not you, ignore this mail: nothing has changed.',
};

const es: Record<keyof typeof en, string> = {
  verifySubject: 'Confirme su correo electrónico para {clinic}',
  verifyGreeting: 'Hola, {name}:',
  verifyOpen:
    'Gracias por registrarse en {clinic}. Para confirmar su correo electrónico y poder reservar citas, abra este enlace en el plazo de {hours} horas (solo funciona una vez):',
  verifyNotYou: 'Si usted no se registró, ignore este correo: ninguna cuenta se confirma sin este enlace.',
  takenSubject: 'Ya tiene una cuenta en {clinic}',
  takenTried: 'Alguien intentó registrarse en {clinic} con este correo electrónico, que ya tiene una cuenta.',
  takenLogIn: 'Para iniciar sesión, vaya a {url}',
  takenReset: 'Si olvidó su contraseña, elija una nueva aquí: {url}',
  takenNotYou: 'Si no fue usted, ignore este correo: nada ha cambiado.',
};

export const SIGNUP_TEXTS: Catalogue<keyof typeof en> = { en, es };
