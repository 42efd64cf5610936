import { findAppointmentView, markReminderSent, appointmentsDueForReminder, usersForPatient } from '@omt/db';
import { localDateTime } from '@omt/domain';
import type { AppDeps } from '../../context';
import { toInstant } from '../../clock';
import { buildIcs } from '../../calendar/ics';
import { clinicOrganizer } from '../../calendar/organizer';
import { clinicName } from '../clinic-profile/profile-cache';

export type AppointmentMailKind = 'confirmation' | 'reminder' | 'cancellation' | 'offer';

const SUBJECT: Record<AppointmentMailKind, string> = {
  confirmation: 'Your visit is booked',
  reminder: 'Reminder: your visit',
  cancellation: 'Your visit is cancelled',
  offer: 'A time has opened up for you',
};

const ACTION: Record<AppointmentMailKind, (holdMinutes: number) => string> = {
  confirmation: () => 'Please fill in the intake questionnaire in the patient portal before the visit.',
  reminder: () => 'Please fill in the intake questionnaire in the patient portal before the visit.',
  cancellation: () => 'This visit has been cancelled.',
  offer: (m) =>
    `You asked for an earlier time: this one is held for you for ${m} minutes. Accept or decline it in the patient portal.`,
};

/** Mails the patient (and any guardian) about a visit, in the location's zone, with an .ics that keeps that zone. */
export async function sendAppointmentMail(
  deps: AppDeps,
  appointmentId: string,
  kind: AppointmentMailKind,
): Promise<boolean> {
  if (!deps.mailer) return false;
  const a = await findAppointmentView(deps.db, appointmentId);
  if (!a) return false;
  const to = (await usersForPatient(deps.db, a.patient_id)).map((u) => u.email);
  if (!to.length) return false;
  const clinic = await clinicName(deps.db);
  const local = localDateTime(a.start_at, a.time_zone);
  const when = `${local.date} at ${local.time} ${a.location_name} time (${a.time_zone}, UTC${local.offset})`;
  const text = [
    `${SUBJECT[kind]}: ${a.visit_type_name} for ${a.given_name} ${a.family_name}`,
    `When: ${when}`,
    `Where: ${clinic} ${a.location_name}`,
    `With: ${a.provider_name}`,
    ACTION[kind](deps.config.waitlistHoldMinutes),
    `Patient portal: ${deps.config.publicUrl}/portal`,
  ].join('\n');
  const method = kind === 'cancellation' ? 'CANCEL' : 'REQUEST';
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
        summary: `${a.visit_type_name} — ${clinic} ${a.location_name}`,
        location: `${clinic} ${a.location_name}`,
        cancelled: kind === 'cancellation',
      },
    ],
    { name: clinic, now: toInstant(deps.clock()), method },
  );
  await deps.mailer.send({
    to,
    subject: `${SUBJECT[kind]}: ${when}`,
    text,
    ics: { filename: 'visit.ics', content: ics, method },
  });
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
