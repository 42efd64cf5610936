import type { Lang } from '@omt/domain';
import { visitDateTime } from '../../mail/mail-date';
import { APPOINTMENT_TEXTS } from '../../mail/texts/appointment-texts';
import { fill } from '../../mail/texts/fill';

export type AppointmentMailKind = 'confirmation' | 'reminder' | 'cancellation' | 'offer';

const KEYS = {
  confirmation: { subject: 'subjectConfirmation', action: 'actionConfirmation' },
  reminder: { subject: 'subjectReminder', action: 'actionReminder' },
  cancellation: { subject: 'subjectCancellation', action: 'actionCancellation' },
  offer: { subject: 'subjectOffer', action: 'actionOffer' },
} as const;

export interface AppointmentMailFacts {
  visitType: string;
  patient: string;
  clinic: string;
  location: string;
  provider: string;
  start: string;
  timeZone: string;
  holdMinutes: number;
  portalUrl: string;
}

/** A visit's mail in one language: subject, text and the calendar invitation's SUMMARY. */
export function appointmentMailText(
  lang: Lang,
  kind: AppointmentMailKind,
  f: AppointmentMailFacts,
): { subject: string; text: string; summary: string } {
  const t = APPOINTMENT_TEXTS[lang];
  const subject = t[KEYS[kind].subject];
  const when = visitDateTime(f.start, f.timeZone, f.location, lang);
  const text = [
    fill(t.headline, { subject, visitType: f.visitType, patient: f.patient }),
    fill(t.when, { when }),
    fill(t.where, { clinic: f.clinic, location: f.location }),
    fill(t.with, { provider: f.provider }),
    fill(t[KEYS[kind].action], { minutes: f.holdMinutes }),
    fill(t.portal, { url: f.portalUrl }),
  ].join('\n');
  return {
    subject: `${subject}: ${when}`,
    text,
    summary: fill(t.calendarSummary, { visitType: f.visitType, clinic: f.clinic, location: f.location }),
  };
}
