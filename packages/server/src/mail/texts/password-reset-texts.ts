import type { Catalogue } from './fill';

/** The mail with a password reset link. */
const en = {
  subject: 'Reset your {clinic} password',
  asked: 'Someone asked to reset the password of your {clinic} account.',
  open: 'To choose a new password, open this link within {hours} hour (it works once):',
  notYou: 'If it was not you, ignore this mail: your password stays as it is.',
};

const es: Record<keyof typeof en, string> = {
  subject: 'Restablezca su contraseña de {clinic}',
  asked: 'Alguien pidió restablecer la contraseña de su cuenta de {clinic}.',
  open: 'Para elegir una contraseña nueva, abra este enlace en el plazo de {hours} hora (solo funciona una vez):',
  notYou: 'Si no fue usted, ignore este correo: su contraseña seguirá siendo la misma.',
};

export const PASSWORD_RESET_TEXTS: Catalogue<keyof typeof en> = { en, es };
