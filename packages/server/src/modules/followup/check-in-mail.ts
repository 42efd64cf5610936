import { findScheduledCheckIn, markScheduledMailed, usersForPatient } from '@omt/db';
import type { Lang } from '@omt/domain';
import type { AppDeps } from '../../context';
import { toInstant } from '../../clock';
import { visitDate, visitDateTime } from '../../mail/mail-date';
import { recipientsByLanguage } from '../../mail/mail-language';
import { CHECK_IN_TEXTS } from '../../mail/texts/check-in-texts';
import { fill } from '../../mail/texts/fill';
import { clinicName } from '../clinic-profile/profile-cache';
import type { CheckInMailJob } from './check-in-series';

export interface CheckInMailFacts {
  patient: string;
  provider: string;
  clinic: string;
  day: number;
  visitStart: string;
  closesAt: string;
  timeZone: string;
  location: string;
  url: string;
}

/** A check-in's mail in one language; dates in the location's zone. */
export function checkInMailText(lang: Lang, f: CheckInMailFacts): { subject: string; text: string } {
  const t = CHECK_IN_TEXTS[lang];
  const values = {
    patient: f.patient,
    provider: f.provider,
    clinic: f.clinic,
    day: f.day,
    visitDate: visitDate(f.visitStart, f.timeZone, lang),
    url: f.url,
    closes: visitDateTime(f.closesAt, f.timeZone, f.location, lang),
  };
  const text = [t.greeting, '', t.body, '', t.link, t.closes, '', t.urgent, '', t.signature]
    .map((line) => fill(line, values))
    .join('\n');
  return { subject: fill(t.subject, values), text };
}

/**
 * The `check-in-mail` job: when a check-in opens, mails the patient (and any guardian: a parent gets their child's),
 * each in their language, with the link to answer it. Nothing is sent for a check-in answered, closed or mailed
 * already, so a repeat of the job sends none.
 */
export async function sendCheckInMail(deps: AppDeps, job: CheckInMailJob): Promise<void> {
  if (!deps.mailer) return;
  const s = await findScheduledCheckIn(deps.db, job.scheduledId);
  const now = toInstant(deps.clock());
  if (!s || s.check_in_id || s.mailed_at || now >= s.expires_at) return;
  const recipients = await usersForPatient(deps.db, s.patient_id);
  const clinic = await clinicName(deps.db);
  for (const [lang, emails] of await recipientsByLanguage(deps.db, s.patient_id, recipients)) {
    const mail = checkInMailText(lang, {
      patient: `${s.given_name} ${s.family_name}`,
      provider: s.provider_name,
      clinic,
      day: s.day,
      visitStart: s.visit_start,
      closesAt: s.expires_at,
      timeZone: s.time_zone,
      location: s.location_name,
      url: `${deps.config.publicUrl}/portal/visits/${s.encounter_id}`,
    });
    await deps.mailer.send({ to: emails, subject: mail.subject, text: mail.text });
  }
  await markScheduledMailed(deps.db, s.id, now);
}
