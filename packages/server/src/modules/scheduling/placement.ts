import { randomUUID } from 'node:crypto';
import {
  hasConsultationBefore,
  type BookedAppointment,
  type ScheduleCatalog,
  type VisitTypeRow,
} from '@omt/db';
import type { RequestContext } from '../../context';
import { fail } from '../../errors';
import { normalizeInstant } from '../../clock';
import { mayPerform } from '../catalog/visit-types';
import { scheduleCatalog } from './catalog-cache';
import { restEnd } from './blocks';
import { retired } from './lookups';

export interface Placement {
  /** The scheduling catalogue as read for this request. */
  catalog: ScheduleCatalog;
  visitType: VisitTypeRow;
  visitTypeId: string;
  requiresConsultation: boolean;
  providerId: string;
  locationId: string;
  /** The location's time zone: the visit's day is the day its clock reads. */
  timeZone: string;
  start: string;
  end: string;
}

/** Checks visit type, provider and location exist and are in use, and works out the visit's end. */
export async function place(
  ctx: RequestContext,
  p: { visitType: string; providerId: string; locationId: string; start: string },
  /** A visit already booked may move although its visit type was retired since. */
  opts: { moving?: boolean } = {},
): Promise<Placement> {
  const start = normalizeInstant(p.start);
  const catalog = await scheduleCatalog(ctx.db, start);
  const visitType = catalog.visitTypes.find((v) => v.id === p.visitType);
  if (!visitType) throw fail.invalid('visitType', `unknown visit type "${p.visitType}"`);
  if (visitType.retired_at !== null && !opts.moving)
    throw retired('visit_type_retired', 'visitType', visitType.name);
  const provider = catalog.providers.find((u) => u.id === p.providerId);
  if (!provider) throw fail.invalid('providerId', 'unknown provider');
  if (!mayPerform(visitType, provider.id))
    throw fail.unprocessable(
      'provider_not_qualified',
      `providerId: ${provider.display_name} does not perform ${visitType.name}`,
      'providerId',
    );
  const location = catalog.locations.find((l) => l.id === p.locationId);
  if (!location) throw fail.invalid('locationId', 'unknown location');
  if (location.retired_at !== null) throw retired('location_retired', 'locationId', location.name);
  const end = normalizeInstant(
    new Date(Date.parse(start) + visitType.duration_minutes * 60_000).toISOString(),
  );
  return {
    catalog,
    visitType,
    visitTypeId: visitType.id,
    requiresConsultation: visitType.requires_consultation === 1,
    providerId: provider.id,
    locationId: p.locationId,
    timeZone: location.time_zone,
    start,
    end,
  };
}

/** When the visit and its buffer end: rooms, like providers, need the buffer free too. */
export function withBuffer(pl: Placement): string {
  return restEnd(pl.end, pl.visitType.buffer_after_minutes);
}

/**
 * The row of a new visit at the placement, booked by the caller now: in no room yet (its transaction claims one), and
 * with the reason a staff member gave for booking over a busy provider, if any.
 */
export function bookedRow(
  ctx: RequestContext,
  patientId: string,
  pl: Placement,
  overrideReason: string | null = null,
): BookedAppointment & { id: string } {
  return {
    id: randomUUID(),
    patient_id: patientId,
    provider_id: pl.providerId,
    location_id: pl.locationId,
    visit_type: pl.visitTypeId,
    start_at: pl.start,
    end_at: pl.end,
    status: 'booked',
    created_by: ctx.user.id,
    created_at: ctx.now(),
    override_reason: overrideReason,
    room_id: null,
  };
}

/** A visit type for a new problem needs a consultation before the visit (422 consultation_required). */
export async function requireConsultationFirst(ctx: RequestContext, patientId: string, pl: Placement) {
  if (pl.requiresConsultation && !(await hasConsultationBefore(ctx.db, patientId, pl.start))) {
    throw fail.unprocessable(
      'consultation_required',
      'a new problem needs a consultation before OMT: book a consultation first',
      'visitType',
    );
  }
}
