import {
  appointmentsDueForReminder,
  findAppointment,
  findAppointmentView,
  markReminderSent,
  usersForPatient,
} from '@omt/db';
import { clinicText } from '@omt/domain';
import type { AppDeps } from '../../context';
import { toInstant } from '../../clock';
import { buildIcs } from '../../calendar/ics';
import { clinicOrganizer } from '../../calendar/organizer';
import { clinicName } from '../clinic-profile/profile-cache';
import { recipientsByLanguage } from '../../mail/mail-language';
import { enqueue, enqueueWithChange } from '../../jobs/enqueue';
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
      visitType: clinicText(lang, a.visit_type_name, a.visit_type_name_es),
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

/** The job that mails a visit's patient; payload of the `appointment-mail` job. */
export interface AppointmentMailJob {
  appointmentId: string;
  kind: AppointmentMailKind;
}

/**
 * Enqueues the mail once the visit's change committed (the job sends it, with retries, from whichever process claims
 * it): a mail server's trouble never undoes or delays a booking, and a crash after the commit still sends it.
 */
export async function enqueueAppointmentMail(
  deps: AppDeps,
  appointmentId: string,
  kind: AppointmentMailKind,
): Promise<void> {
  if (!deps.mailer) return;
  const payload: AppointmentMailJob = { appointmentId, kind };
  await enqueueWithChange(deps, { kind: 'appointment-mail', payload });
}

/** The reminder of one visit at one start time: its key makes it one job, however many processes scan. */
export interface ReminderJob {
  appointmentId: string;
  startAt: string;
}

/**
 * One pass of the reminder scan (a recurring job): every booked visit starting within the reminder window gets a
 * reminder job, keyed by visit and start, so scans by several processes add one. Returns how many it added.
 */
export async function enqueueDueReminders(deps: AppDeps): Promise<number> {
  if (!deps.mailer) return 0;
  const now = deps.clock();
  const due = await appointmentsDueForReminder(
    deps.db,
    toInstant(now),
    toInstant(new Date(now.getTime() + deps.config.reminderHours * 3_600_000)),
  );
  let added = 0;
  for (const { id, start_at } of due) {
    const payload: ReminderJob = { appointmentId: id, startAt: start_at };
    if (await enqueue(deps, deps.db, { kind: 'reminder', key: `reminder:${id}:${start_at}`, payload }))
      added++;
  }
  return added;
}

/**
 * The reminder job: mails the reminder, then marks it sent, unless the visit is no longer booked at that time or its
 * reminder went out. The job's claim is what keeps a second process away; a crash between the two steps sends again
 * when the lease runs out (at least once, never silently lost).
 */
export async function sendReminder(deps: AppDeps, job: ReminderJob): Promise<void> {
  const a = await findAppointment(deps.db, job.appointmentId);
  if (!a || a.status !== 'booked' || a.start_at !== job.startAt || a.reminder_sent_at) return;
  await sendAppointmentMail(deps, a.id, 'reminder');
  await markReminderSent(deps.db, a.id, toInstant(deps.clock()));
}
