import type { PortalLang } from './portal-messages';

/**
 * The texts of the pages seen before logging in (log in, forgotten password, sign-up, email confirmation) in English
 * and Spanish (usted). Same rules as the portal catalogue: Spanish has every English key, no text is empty, both use
 * the same `{placeholders}` (unit-tested). Refusals from the server are worded in refusal-text.ts.
 */
const en = {
  language: 'Language',
  email: 'Email',
  password: 'Password',
  sending: 'Sending…',
  saving: 'Saving…',
  linkNotSent: 'Could not send the link:',
  linkUnusable: 'The link cannot be used:',
  goToLogin: 'Go to log in',
  logIn: 'Log in',

  loginHeading: 'Log in to OMT Clinic',
  loginFailed: 'Could not log in:',
  loggingIn: 'Logging in…',
  forgotPassword: 'Forgot password?',
  newPatient: 'New patient?',
  createAnAccount: 'Create an account',

  forgotTitle: 'Forgot password',
  forgotHeading: 'Forgot your password?',
  forgotIntro: 'Enter the email you log in with; we will mail you a link to choose a new password.',
  sendResetLink: 'Send reset link',
  backToLogin: 'Back to log in',

  resetHeading: 'Choose a new password',
  passwordChanged: 'Your password is changed. Log in with the new one.',
  noResetLink: 'This page needs the link from the reset mail.',
  noResetLinkTitle: 'No reset link:',
  askResetLink: 'Ask for a reset link',
  askNewResetLink: 'Ask for a new reset link',
  passwordNotSet: 'Could not set the password:',
  setNewPassword: 'Set new password',

  newPassword: 'New password',
  newPasswordHint:
    'At least 12 characters; not a common password, and not your email or name. A few unrelated words work well.',
  newPasswordAgain: 'New password again',
  passwordsDiffer: 'The two passwords differ.',

  signupIntro:
    'For new patients of the clinic. You book visits once you have confirmed your email. To book for a child, create your own account first, then add the child.',
  phoneOptional: 'Phone (optional)',
  mailLanguage: 'Language for mail and messages',
  languageEnglish: 'English',
  languageSpanish: 'Español (Spanish)',
  accountNotCreated: 'Could not create the account:',
  problem: 'Problem:',
  correctMarkedField: 'Correct the marked field and send the form again.',
  creating: 'Creating…',
  createAccount: 'Create account',
  haveAccount: 'Already have an account?',

  verifyHeading: 'Confirm your email',
  emailConfirmed: 'Your email is confirmed. You can now book visits.',
  goToAppointments: 'Go to my appointments',
  noConfirmLink: 'This page needs the link from the confirmation mail.',
  confirmIntro: 'Confirm that this email address is yours, to start booking visits.',
  notConfirmed: 'Could not confirm:',
  confirming: 'Confirming…',
  confirmMyEmail: 'Confirm my email',
  resendHeading: 'Get a new confirmation link',
  sendNewLink: 'Send a new link',
  resetLinkSent:
    'If an active account has this email, a link to reset its password is on its way; it works once, within an hour.',
  confirmLinkSent:
    'If this email has an account that is not confirmed yet, a new confirmation link is on its way; it works once, within 24 hours.',
  signupSent:
    'Thank you. We have sent a mail to this address: open the link in it within 24 hours to confirm your email. If it does not arrive, check your spam folder or ask for a new link.',
};

const es: Record<keyof typeof en, string> = {
  language: 'Idioma',
  email: 'Correo electrónico',
  password: 'Contraseña',
  sending: 'Enviando…',
  saving: 'Guardando…',
  linkNotSent: 'No se pudo enviar el enlace:',
  linkUnusable: 'No se puede usar el enlace:',
  goToLogin: 'Ir a iniciar sesión',
  logIn: 'Iniciar sesión',

  loginHeading: 'Inicie sesión en OMT Clinic',
  loginFailed: 'No se pudo iniciar sesión:',
  loggingIn: 'Iniciando sesión…',
  forgotPassword: '¿Olvidó su contraseña?',
  newPatient: '¿Es paciente nuevo?',
  createAnAccount: 'Crear una cuenta',

  forgotTitle: 'Olvidé mi contraseña',
  forgotHeading: '¿Olvidó su contraseña?',
  forgotIntro:
    'Escriba el correo electrónico con el que inicia sesión; le enviaremos un enlace para elegir una contraseña nueva.',
  sendResetLink: 'Enviar el enlace',
  backToLogin: 'Volver a iniciar sesión',

  resetHeading: 'Elija una contraseña nueva',
  passwordChanged: 'Su contraseña se cambió. Inicie sesión con la nueva.',
  noResetLink: 'Esta página necesita el enlace del correo para restablecer la contraseña.',
  noResetLinkTitle: 'Falta el enlace:',
  askResetLink: 'Pedir un enlace para restablecer la contraseña',
  askNewResetLink: 'Pedir un enlace nuevo',
  passwordNotSet: 'No se pudo guardar la contraseña:',
  setNewPassword: 'Guardar la contraseña nueva',

  newPassword: 'Contraseña nueva',
  newPasswordHint:
    'Al menos 12 caracteres; que no sea una contraseña común, ni su correo electrónico ni su nombre. Unas cuantas palabras sin relación entre sí funcionan bien.',
  newPasswordAgain: 'Repita la contraseña nueva',
  passwordsDiffer: 'Las dos contraseñas no coinciden.',

  signupIntro:
    'Para pacientes nuevos de la clínica. Podrá programar citas una vez que confirme su correo electrónico. Para programar citas para un hijo o una hija, primero cree su propia cuenta y después agregue a su hijo o hija.',
  phoneOptional: 'Teléfono (opcional)',
  mailLanguage: 'Idioma para correos y mensajes',
  languageEnglish: 'English (inglés)',
  languageSpanish: 'Español',
  accountNotCreated: 'No se pudo crear la cuenta:',
  problem: 'Problema:',
  correctMarkedField: 'Corrija el campo marcado y vuelva a enviar el formulario.',
  creating: 'Creando…',
  createAccount: 'Crear la cuenta',
  haveAccount: '¿Ya tiene una cuenta?',

  verifyHeading: 'Confirme su correo electrónico',
  emailConfirmed: 'Su correo electrónico está confirmado. Ya puede programar citas.',
  goToAppointments: 'Ir a mis citas',
  noConfirmLink: 'Esta página necesita el enlace del correo de confirmación.',
  confirmIntro: 'Confirme que esta dirección de correo electrónico es suya para empezar a programar citas.',
  notConfirmed: 'No se pudo confirmar:',
  confirming: 'Confirmando…',
  confirmMyEmail: 'Confirmar mi correo electrónico',
  resendHeading: 'Reciba un enlace de confirmación nuevo',
  sendNewLink: 'Enviar un enlace nuevo',
  resetLinkSent:
    'Si hay una cuenta activa con este correo, le estamos enviando un enlace para cambiar la contraseña; sirve una sola vez, durante una hora.',
  confirmLinkSent:
    'Si este correo tiene una cuenta aún sin confirmar, le estamos enviando un nuevo enlace de confirmación; sirve una sola vez, durante 24 horas.',
  signupSent:
    'Gracias. Hemos enviado un correo a esta dirección: abra el enlace en las próximas 24 horas para confirmar su correo. Si no le llega, revise la carpeta de correo no deseado o pida un enlace nuevo.',
};

export type PublicMessageKey = keyof typeof en;
export const PUBLIC_MESSAGES: Record<PortalLang, Record<PublicMessageKey, string>> = { en, es };
