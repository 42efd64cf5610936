import type { Catalogue } from './fill';

/** Mails about a visit (confirmation, reminder, cancellation, waitlist offer) and their calendar invitation. */
const en = {
  subjectConfirmation: 'Your visit is booked',
  subjectReminder: 'Reminder: your visit',
  subjectCancellation: 'Your visit is cancelled',
  subjectOffer: 'A time has opened up for you',
  actionConfirmation: 'Please fill in the intake questionnaire in the patient portal before the visit.',
  actionReminder: 'Please fill in the intake questionnaire in the patient portal before the visit.',
  actionCancellation: 'This visit has been cancelled.',
  actionOffer:
    'You asked for an earlier time: this one is held for you for {minutes} minutes. Accept or decline it in the patient portal.',
  headline: '{subject}: {visitType} for {patient}',
  when: 'When: {when}',
  where: 'Where: {clinic} {location}',
  with: 'With: {provider}',
  portal: 'Patient portal: {url}',
  dateTime: '{date} at {time} {location} time ({zone}, UTC{offset})',
  calendarSummary: 'Visit: {visitType} — {clinic} {location}',
};

const es: Record<keyof typeof en, string> = {
  subjectConfirmation: 'Su cita está confirmada',
  subjectReminder: 'Recordatorio de su cita',
  subjectCancellation: 'Su cita ha sido cancelada',
  subjectOffer: 'Hay un horario disponible para usted',
  actionConfirmation:
    'Por favor, complete el cuestionario de admisión en el portal del paciente antes de su cita.',
  actionReminder:
    'Por favor, complete el cuestionario de admisión en el portal del paciente antes de su cita.',
  actionCancellation: 'Esta cita ha sido cancelada.',
  actionOffer:
    'Usted pidió un horario más temprano: le reservamos este horario durante {minutes} minutos. Acéptelo o rechácelo en el portal del paciente.',
  headline: '{subject}: {visitType} para {patient}',
  when: 'Cuándo: {when}',
  where: 'Dónde: {clinic} {location}',
  with: 'Con: {provider}',
  portal: 'Portal del paciente: {url}',
  dateTime: '{date}, a las {time}, hora de {location} ({zone}, UTC{offset})',
  calendarSummary: 'Cita: {visitType} — {clinic} {location}',
};

export const APPOINTMENT_TEXTS: Catalogue<keyof typeof en> = { en, es };
