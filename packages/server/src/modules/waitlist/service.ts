import {
  acceptHeldOffer,
  findAppointment,
  findVisitType,
  findWaitlistEntry,
  listAppointmentViews,
  listWaitlistOf,
  insertWaitlistEntry,
  listLocations,
  type Database,
} from '@omt/db';
import type { JoinWaitlist, WaitlistEntry } from '@omt/contracts';
import type { AppDeps, RequestContext } from '../../context';
import { fail } from '../../errors';
import { normalizeInstant } from '../../clock';
import { STAFF_ROLES } from '../../auth/policy';
import { presentAppointment } from '../scheduling/presenter';
import { enqueueAppointmentMail } from '../notifications/appointment-mail';
import { expireOffers, releaseOffer, type FreedSlot } from './offers';
import { requireEligible } from '../scheduling/eligibility';
import { retired } from '../scheduling/lookups';
import { requireActivePatient } from '../patients/registration';
import { requireVerifiedEmail } from '../../auth/email-verified';

const MAX_WINDOW_DAYS = 62;

async function present(db: Database, ids: string[] | null): Promise<WaitlistEntry[]> {
  const rows = await listWaitlistOf(db, ids);
  const offers = await listAppointmentViews(db, {
    ids: rows.flatMap((r) => (r.offer_appointment_id ? [r.offer_appointment_id] : [])),
  });
  return rows.map((r) => {
    const offer = r.status === 'offered' ? offers.find((o) => o.id === r.offer_appointment_id) : undefined;
    return {
      id: String(r.id),
      patientId: r.patient_id,
      patientName: `${r.given_name} ${r.family_name}`,
      visitType: r.visit_type,
      visitTypeName: r.visit_type_name,
      visitTypeNameEs: r.visit_type_name_es,
      locationId: r.location_id,
      providerId: r.provider_id,
      notBefore: r.not_before,
      notAfter: r.not_after,
      status: r.status as WaitlistEntry['status'],
      offer: offer ? presentAppointment(offer) : null,
      offerExpiresAt: r.status === 'offered' ? r.offer_expires_at : null,
    };
  });
}

async function one(ctx: RequestContext, id: string): Promise<WaitlistEntry> {
  const entry = (await present(ctx.db, null)).find((e) => e.id === id);
  if (!entry) throw fail.notFound('waitlist entry');
  return entry;
}

/** A slot as the waitlist sees it, from the appointment that held or occupied it. */
export async function slotOf(db: Database, appointmentId: string): Promise<FreedSlot | null> {
  const a = await findAppointment(db, appointmentId);
  return a
    ? {
        visitType: a.visit_type,
        providerId: a.provider_id,
        locationId: a.location_id,
        start: a.start_at,
        end: a.end_at,
      }
    : null;
}

/** The zones a window's visit may fall in: its location's, or with none chosen every location's. */
async function windowZones(ctx: RequestContext, locationId: string | undefined): Promise<string[]> {
  const locations = await listLocations(ctx.db);
  if (locationId === undefined) return locations.filter((l) => l.retired_at === null).map((l) => l.time_zone);
  const location = locations.find((l) => l.id === locationId);
  if (!location) throw fail.invalid('locationId', 'unknown location');
  if (location.retired_at !== null) throw retired('location_retired', 'locationId', location.name);
  return [location.time_zone];
}

/** The patient (or staff for them) asks for an earlier or specific time. */
export async function joinWaitlist(ctx: RequestContext, body: JoinWaitlist): Promise<WaitlistEntry> {
  await ctx.access(body.patientId, 'appointment.write', 'waitlist', null);
  requireVerifiedEmail(ctx);
  await requireActivePatient(ctx, body.patientId);
  const visitType = await findVisitType(ctx.db, body.visitType);
  if (!visitType) throw fail.invalid('visitType', `unknown visit type "${body.visitType}"`);
  if (visitType.retired_at !== null) throw retired('visit_type_retired', 'visitType', visitType.name);
  const notBefore = normalizeInstant(body.notBefore);
  const notAfter = normalizeInstant(body.notAfter);
  const zones = await windowZones(ctx, body.locationId);
  const ends = zones.flatMap((timeZone) => [notBefore, notAfter].map((start) => ({ start, timeZone })));
  await requireEligible(ctx, body.patientId, visitType, ends);
  if (notAfter <= notBefore) throw fail.invalid('notAfter', 'must be after notBefore');
  if (notAfter <= ctx.now()) throw fail.invalid('notAfter', 'must be in the future');
  if (Date.parse(notAfter) - Date.parse(notBefore) > MAX_WINDOW_DAYS * 86_400_000) {
    throw fail.invalid('notAfter', `the window may span at most ${MAX_WINDOW_DAYS} days`);
  }
  const id = await insertWaitlistEntry(ctx.db, {
    patient_id: body.patientId,
    visit_type: body.visitType,
    location_id: body.locationId ?? null,
    provider_id: body.providerId ?? null,
    not_before: notBefore,
    not_after: notAfter,
    status: 'waiting',
    offer_appointment_id: null,
    offer_expires_at: null,
    created_by: ctx.user.id,
    created_at: ctx.now(),
  });
  return one(ctx, String(id));
}

/** A patient sees their own and dependants' entries; staff see all, each read audited. */
export async function listWaitlist(ctx: RequestContext): Promise<WaitlistEntry[]> {
  if (ctx.user.role === 'patient') return present(ctx.db, ctx.user.patientIds);
  if (!STAFF_ROLES.includes(ctx.user.role)) throw fail.forbidden();
  const all = await present(ctx.db, null);
  const patients = [...new Set(all.map((e) => e.patientId))];
  await ctx.accessEach(
    patients.map((patientId) => ({ patientId, resourceId: null })),
    'appointment.read',
    'waitlist',
  );
  return all;
}

async function entryFor(ctx: RequestContext, id: string) {
  const entry = /^\d{1,15}$/.test(id) ? await findWaitlistEntry(ctx.db, Number(id)) : undefined;
  if (!entry) throw fail.notFound('waitlist entry');
  await ctx.access(entry.patient_id, 'appointment.write', 'waitlist', id);
  return entry;
}

/** Takes the held time: the hold becomes a booking. */
export async function acceptOffer(ctx: RequestContext, id: string): Promise<WaitlistEntry> {
  const entry = await entryFor(ctx, id);
  requireVerifiedEmail(ctx);
  if (entry.status !== 'offered' || !entry.offer_appointment_id)
    throw fail.conflict('no_offer', 'there is no time on offer for this entry');
  if ((entry.offer_expires_at ?? '') < ctx.now())
    throw fail.conflict('offer_expired', 'the hold on this time has run out');
  // The hold and the entry become a booking together, only while both are still on offer (a decline or the
  // expiry job may be releasing the same hold at this moment).
  if (!(await acceptHeldOffer(ctx.db, entry.id, entry.offer_appointment_id, ctx.now())))
    throw fail.conflict('no_offer', 'this offer changed meanwhile');
  await enqueueAppointmentMail(ctx.deps, entry.offer_appointment_id, 'confirmation');
  return one(ctx, id);
}

/** Turns the held time down (or leaves the waitlist): the time goes to the next patient waiting. */
export async function declineOrLeave(
  ctx: RequestContext,
  id: string,
  outcome: 'declined' | 'cancelled',
): Promise<WaitlistEntry> {
  const entry = await entryFor(ctx, id);
  requireReleasable(entry.status, outcome);
  const slot = entry.offer_appointment_id ? await slotOf(ctx.db, entry.offer_appointment_id) : null;
  if (!(await releaseOffer(ctx.deps, entry, outcome, slot))) {
    // Accepted, declined or expired meanwhile: say what it is now.
    requireReleasable((await findWaitlistEntry(ctx.db, entry.id))?.status ?? 'gone', outcome);
    throw fail.conflict('no_offer', 'this offer changed meanwhile');
  }
  return one(ctx, id);
}

/** 409 unless an entry in this status can be declined (only an offer) or left (waiting or offered). */
function requireReleasable(status: string, outcome: 'declined' | 'cancelled'): void {
  if (outcome === 'declined' && status !== 'offered')
    throw fail.conflict('no_offer', 'there is no time on offer for this entry');
  if (!['waiting', 'offered'].includes(status))
    throw fail.conflict('invalid_status', `this entry is already ${status}`);
}

/** The hold-expiry job, for main.ts. */
export function expireWaitlistOffers(deps: AppDeps): Promise<number> {
  return expireOffers(deps, (id) => slotOf(deps.db, id));
}
