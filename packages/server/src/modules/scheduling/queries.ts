import {
  findAppointment,
  findAppointmentView,
  listAppointmentViews,
  scheduleMarkers,
  type AppointmentFilter,
} from '@omt/db';
import type {
  Appointment,
  AppointmentListQuery,
  AvailabilityQuery,
  OpenSlots,
  Slot,
  SlotGroup,
} from '@omt/contracts';
import type { RequestContext } from '../../context';
import { fail } from '../../errors';
import { normalizeInstant } from '../../clock';
import { STAFF_ROLES } from '../../auth/policy';
import { searchSlotGroups, searchSlots, validateRange, type SlotSearch } from './availability';
import { scheduleCatalog } from './catalog-cache';
import { bookingWindow } from './visit-rules';
import { retired } from './lookups';
import { presentAppointment } from './presenter';
import { performersOf } from '../catalog/visit-types';

/** The distinct ids of a comma-separated list; undefined when the list was not given. */
function ids(list: string | undefined): string[] | undefined {
  if (list === undefined) return undefined;
  const each = list.split(',').map((x) => x.trim());
  return [...new Set(each.filter(Boolean))];
}

/**
 * The search of each visit type asked for, honouring hours, bookings, notice and who may perform it (a visit type
 * whose booking window ends before the range is left out).
 */
async function searchesOf(ctx: RequestContext, q: AvailabilityQuery): Promise<SlotSearch[]> {
  // The catalogue's marker and every provider's schedule version in one round trip, before what they guard.
  const markers = await scheduleMarkers(ctx.db);
  const catalog = await scheduleCatalog(ctx.db, ctx.now(), undefined, markers.catalog);
  const types = (ids(q.visitType) ?? []).map((id) => {
    const visitType = catalog.visitTypes.find((v) => v.id === id);
    if (!visitType) throw fail.invalid('visitType', `unknown visit type "${id}"`);
    if (visitType.retired_at !== null) throw retired('visit_type_retired', 'visitType', visitType.name);
    return visitType;
  });
  const range = validateRange(q);
  const providers = ids(q.provider);
  const locations = ids(q.location);
  return types.flatMap((visitType) => {
    const window = bookingWindow(ctx, visitType);
    const to = window.notAfter !== null && range.to > window.notAfter ? window.notAfter : range.to;
    if (to <= range.from) return [];
    // Only the providers who perform this visit type (every provider where none is named).
    const performers = performersOf(visitType);
    const providerIds = performers.length
      ? (providers ?? performers).filter((p) => performers.includes(p))
      : providers;
    return [
      {
        visitType: visitType.id,
        durationMinutes: visitType.duration_minutes,
        bufferAfterMinutes: visitType.buffer_after_minutes,
        from: range.from,
        to,
        notBefore: window.notBefore,
        ...(providerIds ? { providerIds } : {}),
        ...(locations ? { locationIds: locations } : {}),
        catalog,
        scheduleVersions: markers.providers,
      },
    ];
  });
}

const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Open slots for any mix of visit types, locations and providers (see `searchesOf`), one object per slot; sorted by
 * start, then provider, then visit type. The FHIR Slot search reads these.
 */
export async function availability(ctx: RequestContext, q: AvailabilityQuery): Promise<Slot[]> {
  const perType: Slot[][] = [];
  for (const search of await searchesOf(ctx, q)) perType.push(await searchSlots(ctx.db, search));
  if (perType.length < 2) return perType[0] ?? [];
  return perType
    .flat()
    .sort(
      (a, b) =>
        order(a.start, b.start) || order(a.providerId, b.providerId) || order(a.visitType, b.visitType),
    );
}

/**
 * The availability answer: the same open slots as `availability`, grouped by provider, location and visit type (in
 * that order), each group's starts in time order.
 */
export async function openSlots(ctx: RequestContext, q: AvailabilityQuery): Promise<OpenSlots> {
  const groups: SlotGroup[] = [];
  for (const search of await searchesOf(ctx, q)) groups.push(...(await searchSlotGroups(ctx.db, search)));
  groups.sort(
    (a, b) =>
      order(a.providerId, b.providerId) ||
      order(a.locationId, b.locationId) ||
      order(a.visitType, b.visitType),
  );
  return { groups };
}

/** An appointment as presented, without an access check: callers have already been through ctx.access. */
export async function viewAppointment(ctx: RequestContext, id: string): Promise<Appointment> {
  const view = await findAppointmentView(ctx.db, id);
  if (!view) throw fail.notFound('appointment');
  return presentAppointment(view);
}

/** One appointment as presented, after the audited access check. */
export async function getAppointment(ctx: RequestContext, id: string): Promise<Appointment> {
  const row = await findAppointment(ctx.db, id);
  if (!row) throw fail.notFound('appointment');
  await ctx.access(row.patient_id, 'appointment.read', 'appointment', id);
  return viewAppointment(ctx, id);
}

/** Appointments the caller may see: a patient only their own and dependants'; staff all, each read audited. */
export async function listAppointments(ctx: RequestContext, q: AppointmentListQuery): Promise<Appointment[]> {
  const filter: AppointmentFilter = {
    ...(q.providerId ? { providerId: q.providerId } : {}),
    ...(q.locationId ? { locationId: q.locationId } : {}),
    ...(q.from ? { from: normalizeInstant(q.from) } : {}),
    ...(q.to ? { to: normalizeInstant(q.to) } : {}),
  };
  if (q.patientId) {
    await ctx.access(q.patientId, 'appointment.read', 'appointment-list', null);
    filter.patientIds = [q.patientId];
  } else if (ctx.user.role === 'patient') {
    filter.patientIds = ctx.user.patientIds;
  } else if (!STAFF_ROLES.includes(ctx.user.role)) {
    throw fail.forbidden();
  }
  const rows = await listAppointmentViews(ctx.db, filter);
  const others = [...new Set(rows.map((r) => r.patient_id))].filter((id) => id !== q.patientId);
  await ctx.accessEach(
    others.map((patientId) => ({ patientId, resourceId: null })),
    'appointment.read',
    'appointment-list',
  );
  return rows.map(presentAppointment);
}
