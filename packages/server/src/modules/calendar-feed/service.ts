import { createHash, randomBytes } from 'node:crypto';
import { findUserByCalendarTokenHash, listAppointmentViews, setCalendarTokenHash } from '@omt/db';
import type { AppDeps, RequestContext } from '../../context';
import { fail } from '../../errors';
import { recordAudit } from '../../audit/audit';
import { buildIcs } from '../../calendar/ics';
import { clinicOrganizer } from '../../calendar/organizer';
import { clinicName } from '../clinic-profile/profile-cache';
import { CLINICIAN_ROLES } from '../../auth/policy';
import { toInstant } from '../../clock';

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/** A new secret feed URL for the calling provider; the previous one stops working. */
export async function createFeedUrl(ctx: RequestContext): Promise<{ url: string }> {
  if (!CLINICIAN_ROLES.includes(ctx.user.role)) throw fail.forbidden('only providers have a calendar feed');
  const token = randomBytes(24).toString('base64url');
  // The audit row first: the new address (and the old one's end) is saved with it or not at all.
  await recordAudit(ctx.db, ctx.deps.clock, ctx.user, {
    action: 'calendar.feed_url',
    patientId: null,
    resourceType: 'calendar-feed',
    resourceId: ctx.user.id,
    outcome: 'allowed',
    detail: 'new feed address; the previous one stops working',
  });
  await setCalendarTokenHash(ctx.db, ctx.user.id, hashOf(token));
  return { url: `${ctx.deps.config.publicUrl}/api/calendar/${token}` };
}

/**
 * The provider's visits from 30 days back to 90 ahead, in each location's zone. Calendar apps keep copies
 * outside the clinic, so events carry the visit type and location only, never the patient's name.
 */
export async function feedIcs(deps: AppDeps, token: string): Promise<string> {
  const provider = await findUserByCalendarTokenHash(deps.db, hashOf(token));
  if (!provider) throw fail.notFound('calendar feed');
  const now = deps.clock();
  const rows = await listAppointmentViews(deps.db, {
    providerId: provider.id,
    from: toInstant(new Date(now.getTime() - 30 * 86_400_000)),
    to: toInstant(new Date(now.getTime() + 90 * 86_400_000)),
  });
  await recordAudit(deps.db, deps.clock, null, {
    action: 'calendar.feed',
    patientId: null,
    resourceType: 'calendar-feed',
    resourceId: provider.id,
    outcome: 'allowed',
    detail: `${rows.length} visits for ${provider.email}`,
  });
  const clinic = await clinicName(deps.db);
  return buildIcs(
    rows.map((a) => ({
      uid: `${a.id}@omt-clinic`,
      sequence: a.ics_sequence,
      organizer: clinicOrganizer(deps.config.mailFrom, clinic, a.location_name),
      start: a.start_at,
      end: a.end_at,
      timeZone: a.time_zone,
      summary: `${a.visit_type_name} (${a.location_name})`,
      location: `${clinic} ${a.location_name}`,
      cancelled: a.status === 'cancelled',
    })),
    { name: `${clinic} — ${provider.display_name}`, now: toInstant(now) },
  );
}
