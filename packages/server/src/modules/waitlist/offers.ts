import { randomUUID } from 'node:crypto';
import {
  cancelAppointmentRow,
  expiredOffers,
  insertAppointmentWithBlocks,
  releaseHeldOffer,
  updateWaitlistIfStatus,
  waitingEntriesFor,
  type RoomChoice,
  type ScheduleCatalog,
  type WaitlistEntryRow,
} from '@omt/db';
import { conflictReasons } from '@omt/domain';
import type { AppDeps } from '../../context';
import { toInstant } from '../../clock';
import { bookingBlocks, restEnd } from '../scheduling/blocks';
import { roomChoice } from '../scheduling/rooms';
import { DomainError } from '../../errors';
import { scheduleCatalog } from '../scheduling/catalog-cache';
import { enqueueAppointmentMail } from '../notifications/appointment-mail';

export interface FreedSlot {
  visitType: string;
  providerId: string;
  locationId: string;
  start: string;
  end: string;
}

/** Whether the time is in a closure of its location or time off of its provider, or the provider was deactivated. */
function closedThen(catalog: ScheduleCatalog, slot: FreedSlot): boolean {
  const reasons = conflictReasons(
    { start_at: slot.start, end_at: slot.end },
    {
      closures: catalog.closures.filter((c) => c.location_id === slot.locationId),
      timeOff: catalog.timeOff.filter((t) => t.provider_id === slot.providerId),
      providerActive: catalog.providers.some((p) => p.id === slot.providerId),
    },
  );
  return reasons.length > 0;
}

/**
 * Offers a freed slot to the first waiting patient it suits: the time is held for them (an appointment in
 * status `held`, claiming the blocks so nobody else takes it) until they accept or the hold runs out.
 */
export async function offerFreedSlot(deps: AppDeps, slot: FreedSlot): Promise<string | null> {
  const now = toInstant(deps.clock());
  if (slot.start <= now) return null;
  const waiting = await waitingEntriesFor(deps.db, slot);
  if (!waiting.length) return null; // most freed times: nobody to offer them to
  const catalog = await scheduleCatalog(deps.db, slot.start);
  if (closedThen(catalog, slot)) return null; // a visit moved off a closed day frees nothing to offer
  const bufferMinutes = catalog.visitTypes.find((v) => v.id === slot.visitType)?.buffer_after_minutes ?? 0;
  const blocks = bookingBlocks(slot.start, slot.end, bufferMinutes);
  // The rooms free now; the hold's transaction takes the first still free then, as a booking's does.
  let rooms: RoomChoice | undefined;
  try {
    rooms = await roomChoice(deps.db, catalog, slot.locationId, slot.start, restEnd(slot.end, bufferMinutes));
  } catch (error) {
    if (error instanceof DomainError && error.code === 'no_room') return null; // nothing to offer
    throw error;
  }
  for (const entry of waiting) {
    const id = randomUUID();
    const held = await insertAppointmentWithBlocks(
      deps.db,
      {
        id,
        patient_id: entry.patient_id,
        provider_id: slot.providerId,
        location_id: slot.locationId,
        visit_type: slot.visitType,
        start_at: slot.start,
        end_at: slot.end,
        status: 'held',
        created_by: entry.created_by,
        created_at: now,
        room_id: null,
      },
      blocks,
      rooms,
    );
    if (!held.ok) {
      if (held.conflict !== 'patient') return null; // someone booked the time (or every room) meanwhile
      continue; // this patient is busy then: try the next one
    }
    const expires = toInstant(new Date(deps.clock().getTime() + deps.config.waitlistHoldMinutes * 60_000));
    if (
      await updateWaitlistIfStatus(deps.db, entry.id, 'waiting', {
        status: 'offered',
        offer_appointment_id: id,
        offer_expires_at: expires,
      })
    ) {
      await enqueueAppointmentMail(deps, id, 'offer');
      return String(entry.id);
    }
    await cancelAppointmentRow(
      deps.db,
      id,
      { cancel_reason: 'waitlist entry changed meanwhile', cancelled_at: now, late_cancel: 0 },
      ['held'],
    );
  }
  return null;
}

/** The same, for callers that must not fail because of the waitlist (a cancellation stays a cancellation). */
export async function offerFreedSlotSafely(deps: AppDeps, slot: FreedSlot): Promise<void> {
  try {
    await offerFreedSlot(deps, slot);
  } catch (error) {
    deps.onBackgroundError?.(error);
  }
}

/**
 * Ends an entry (declined, expired, or the patient left); an offer's held time is released and passed to the next
 * patient waiting. The hold and the entry change in one transaction, only while both are still on offer, so of an
 * accept, a decline and an expiry of the same hold exactly one wins. False when this one lost (nothing changed).
 */
export async function releaseOffer(
  deps: AppDeps,
  entry: WaitlistEntryRow,
  outcome: 'declined' | 'expired' | 'cancelled',
  slot: FreedSlot | null,
): Promise<boolean> {
  if (entry.status !== 'offered' || !entry.offer_appointment_id)
    return updateWaitlistIfStatus(deps.db, entry.id, entry.status, { status: outcome });
  const at = toInstant(deps.clock());
  if (!(await releaseHeldOffer(deps.db, entry.id, entry.offer_appointment_id, outcome, at))) return false;
  if (slot) await offerFreedSlot(deps, slot);
  return true;
}

/** One pass of the hold-expiry job. */
export async function expireOffers(
  deps: AppDeps,
  slotOf: (appointmentId: string) => Promise<FreedSlot | null>,
): Promise<number> {
  let n = 0;
  for (const entry of await expiredOffers(deps.db, toInstant(deps.clock()))) {
    const slot = entry.offer_appointment_id ? await slotOf(entry.offer_appointment_id) : null;
    if (await releaseOffer(deps, entry, 'expired', slot)) n++;
  }
  return n;
}
