import { findAppointmentView, markReminderSent, appointmentsDueForReminder, usersForPatient } from '@omt/db';
import type { AppDeps } from '../../context';
import { toInstant } from '../../clock';
import { buildIcs } from '../../calendar/ics';
import { clinicOrganizer } from '../../calendar/organizer';
import { clinicName } from '../clinic-profile/profile-cache';
import { recipientsByLanguage } from '../../mail/mail-language';
import { appointmentMailText, type AppointmentMailKind } from './appointment-mail-text';

export type { AppointmentMailKind };

/**
 * Mails the patient (and any guardian) about a visit, each in their language (`recipientsByLanguage`), in the
 * location's zone, with an .ics that keeps that zone.
 */
export async function sendAppointmentMail(
  deps: AppDeps,
  appointmentId: string,
  kind: AppointmentMailKind,
): Promise<boolean> {
  if (!deps.mailer) return false;
  const a = await findAppointmentView(deps.db, appointmentId);
  if (!a) return false;
  const recipients = await usersForPatient(deps.db, a.patient_id);
  if (!recipients.length) return false;
  const to = recipients.map((u) => u.email);
  const clinic = await clinicName(deps.db);
  const method = kind === 'cancellation' ? 'CANCEL' : 'REQUEST';
  for (const [lang, emails] of await recipientsByLanguage(deps.db, a.patient_id, recipients)) {
    const mail = appointmentMailText(lang, kind, {
      visitType: a.visit_type_name,
      patient: `${a.given_name} ${a.family_name}`,
      clinic,
      location: a.location_name,
      provider: a.provider_name,
      start: a.start_at,
      timeZone: a.time_zone,
      holdMinutes: deps.config.waitlistHoldMinutes,
      portalUrl: `${deps.config.publicUrl}/portal`,
    });
    const ics = buildIcs(
      [
        {
          uid: `${a.id}@omt-clinic`,
          sequence: a.ics_sequence,
          organizer: clinicOrganizer(deps.config.mailFrom, clinic, a.location_name),
          attendees: to,
          start: a.start_at,
          end: a.end_at,
          timeZone: a.time_zone,
          summary: mail.summary,
          location: `${clinic} ${a.location_name}`,
          cancelled: kind === 'cancellation',
        },
      ],
      { name: clinic, now: toInstant(deps.clock()), method },
    );
    await deps.mailer.send({
      to: emails,
      subject: mail.subject,
      text: mail.text,
      ics: { filename: 'visit.ics', content: ics, method },
    });
  }
  return true;
}

/** Sends after the response: a mail server's trouble must never undo or delay a booking. */
export function sendAppointmentMailLater(
  deps: AppDeps,
  appointmentId: string,
  kind: AppointmentMailKind,
): void {
  if (!deps.mailer) return;
  sendAppointmentMail(deps, appointmentId, kind).catch((error: unknown) => deps.onBackgroundError?.(error));
}

/** One pass of the reminder job: every booked visit starting within the reminder window gets one reminder. */
export async function sendDueReminders(deps: AppDeps): Promise<number> {
  if (!deps.mailer) return 0;
  const now = deps.clock();
  const due = await appointmentsDueForReminder(
    deps.db,
    toInstant(now),
    toInstant(new Date(now.getTime() + deps.config.reminderHours * 3_600_000)),
  );
  let sent = 0;
  for (const { id } of due) {
    if (await sendAppointmentMail(deps, id, 'reminder')) {
      if (await markReminderSent(deps.db, id, toInstant(now))) sent++;
    }
  }
  return sent;
}
