/**
 * Free times as Slots, worked out on read by the availability engine (`scheduling/queries.ts`, as
 * `GET /api/availability`): one Slot per provider, location, visit type and start, within a bounded window.
 */
import type { Slot } from '@omt/contracts';
import { toFhirSlot, type FhirSlot } from '@omt/fhir';
import { fail } from '../../errors';
import { toInstant } from '../../clock';
import { availability } from '../scheduling/queries';
import { scheduleCatalog } from '../scheduling/catalog-cache';
import { dateBounds } from './date-bounds';
import { digestId, pairsOf } from './provider-locations';
import type { SearchParamDef } from './search-params';
import type { FhirTypeDef, Loaded, LoadFilter } from './type-def';

const DAY = 86_400_000;
export const SLOT_DEFAULT_DAYS = 14;
export const SLOT_MAX_DAYS = 31;

/** A Slot's id: its start (epoch minutes, base 36, so ids sort by start) and a digest of who, where and what. */
export const slotId = (s: Slot) =>
  `${Math.round(Date.parse(s.start) / 60_000).toString(36)}-${digestId(s.providerId, s.locationId, s.visitType)}`;

const SLOT_ID = /^([0-9a-z]{1,9})-([0-9a-f]{16})$/;

interface Window {
  from: number;
  to: number;
  providers?: string[];
  locations?: string[];
  visitTypes?: string[];
}

/** The first occurrence's values of a parameter, each without its `Type/` or `system|` part. */
function named(f: LoadFilter, name: string, separator: string): string[] | undefined {
  const raw = f.search?.get(name)?.[0];
  return raw?.split(',').map((v) => v.slice(v.lastIndexOf(separator) + 1));
}

/** What a search asks for: from now (or its `start`) for 14 days unless it says, at most 31. */
async function searchWindow(f: LoadFilter): Promise<Window> {
  const now = Date.parse(f.ctx.now());
  const asked = dateBounds(f.search?.get('start') ?? []);
  const from = Math.max(now, asked.from ?? now);
  const to = asked.to ?? from + SLOT_DEFAULT_DAYS * DAY;
  if (to - from > SLOT_MAX_DAYS * DAY) {
    throw fail.invalid(
      'start',
      `free times are searched at most ${SLOT_MAX_DAYS} days at a time: give start=geYYYY-MM-DD and start=ltYYYY-MM-DD`,
    );
  }
  const scheduleIds = named(f, 'schedule', '/');
  const pairs = scheduleIds
    ? pairsOf(await scheduleCatalog(f.ctx.db, f.ctx.now())).filter((p) => scheduleIds.includes(p.id))
    : undefined;
  const serviceTypes = named(f, 'service-type', '|');
  return {
    from,
    to,
    ...(pairs
      ? { providers: pairs.map((p) => p.provider.id), locations: pairs.map((p) => p.location.id) }
      : {}),
    ...(serviceTypes ? { visitTypes: serviceTypes } : {}),
  };
}

/** A read by id: the day from the Slot's start, for the provider, location and visit type its digest names. */
async function readWindows(f: LoadFilter, ids: readonly string[]): Promise<Window[]> {
  const catalog = await scheduleCatalog(f.ctx.db, f.ctx.now());
  const named = new Map(
    pairsOf(catalog).flatMap((p) =>
      catalog.visitTypes.map((v) => [digestId(p.provider.id, p.location.id, v.id), { p, v }] as const),
    ),
  );
  return ids.flatMap((id) => {
    const m = SLOT_ID.exec(id);
    const found = m && named.get(m[2]!);
    if (!m || !found) return [];
    const from = parseInt(m[1]!, 36) * 60_000;
    return [
      {
        from,
        to: from + DAY,
        providers: [found.p.provider.id],
        locations: [found.p.location.id],
        visitTypes: [found.v.id],
      },
    ];
  });
}

async function slotsIn(f: LoadFilter, w: Window): Promise<Slot[]> {
  if (w.to <= w.from || w.providers?.length === 0) return [];
  const catalog = await scheduleCatalog(f.ctx.db, f.ctx.now());
  // Patients see what they may book online; staff every visit type in use.
  const visitTypes = catalog.visitTypes.filter(
    (v) =>
      v.retired_at === null &&
      (f.ctx.user.role !== 'patient' || v.online_bookable === 1) &&
      (!w.visitTypes || w.visitTypes.includes(v.id)),
  );
  if (!visitTypes.length) return [];
  return availability(f.ctx, {
    visitType: visitTypes.map((v) => v.id).join(','),
    from: toInstant(new Date(w.from)),
    to: toInstant(new Date(w.to)),
    ...(w.providers ? { provider: [...new Set(w.providers)].join(',') } : {}),
    ...(w.locations ? { location: [...new Set(w.locations)].join(',') } : {}),
  });
}

export const slotDef: FhirTypeDef = {
  type: 'Slot',
  action: null,
  params: [
    {
      name: 'schedule',
      type: 'reference',
      target: 'Schedule',
      include: true,
      documentation: 'The provider-at-location calendar (an id or Schedule/id).',
      values: (r: FhirSlot) => [r.schedule.reference],
    } as SearchParamDef,
    {
      name: 'start',
      type: 'date',
      documentation: `The start, with a prefix eq, lt, le, gt or ge; from now for ${SLOT_DEFAULT_DAYS} days unless given, at most ${SLOT_MAX_DAYS} days.`,
      values: (r: FhirSlot) => [r.start],
    } as SearchParamDef,
    {
      name: 'status',
      type: 'token',
      documentation: 'free (only free times are served).',
      values: (r: FhirSlot) => [{ code: r.status }],
    } as SearchParamDef,
    {
      name: 'service-type',
      type: 'token',
      documentation: 'The visit type (https://omt-clinic.org/fhir/CodeSystem/visit-type|id or id).',
      values: (r: FhirSlot) =>
        (r.serviceType ?? []).flatMap((c) =>
          (c.coding ?? []).map((x) => ({ ...(x.system ? { system: x.system } : {}), code: x.code ?? '' })),
        ),
    } as SearchParamDef,
  ],
  load: async (_db, f) => {
    const windows = f.ids ? await readWindows(f, f.ids) : [await searchWindow(f)];
    const catalog = await scheduleCatalog(f.ctx.db, f.ctx.now());
    const names = new Map(catalog.visitTypes.map((v) => [v.id, v.name]));
    const loaded: Loaded[] = [];
    for (const w of windows) {
      for (const s of await slotsIn(f, w)) {
        loaded.push({
          resource: toFhirSlot({
            id: slotId(s),
            schedule_id: digestId(s.providerId, s.locationId),
            visit_type: s.visitType,
            visit_type_name: names.get(s.visitType) ?? s.visitType,
            start: s.start,
            end: s.end,
          }),
          patientId: null,
        });
      }
    }
    return f.ids ? loaded.filter((l) => f.ids!.includes(l.resource.id!)) : loaded;
  },
};
