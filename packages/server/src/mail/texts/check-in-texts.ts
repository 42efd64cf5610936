import type { Catalogue } from './fill';

/** The mail that opens a check-in of the series after a visit (day 1, 3, 7 by the clinic's setting). */
const en = {
  subject: 'How are you feeling after your visit? Check-in for {patient}',
  greeting: 'Hello,',
  body: 'It is day {day} after the visit of {patient} with {provider} on {visitDate}. Please tell us how {patient} is feeling: it takes a minute.',
  link: 'Answer the check-in: {url}',
  closes: 'You can answer until {closes}.',
  urgent:
    'If {patient} feels much worse or has new symptoms that worry you, call 911 or go to the nearest emergency department now; do not wait to answer.',
  signature: '{clinic}',
};

const es: Record<keyof typeof en, string> = {
  subject: '¿Cómo se siente después de su cita? Seguimiento de {patient}',
  greeting: 'Hola:',
  body: 'Hoy es el día {day} después de la cita de {patient} con {provider} el {visitDate}. Cuéntenos cómo se siente {patient}: toma un minuto.',
  link: 'Responda al seguimiento: {url}',
  closes: 'Puede responder hasta el {closes}.',
  urgent:
    'Si {patient} se siente mucho peor o tiene síntomas nuevos que le preocupan, llame al 911 o vaya ahora mismo a la sala de emergencias más cercana; no espere para responder.',
  signature: '{clinic}',
};

export const CHECK_IN_TEXTS: Catalogue<keyof typeof en> = { en, es };
