import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertClosure, insertExtraHours, insertTimeOff, type Database } from '@omt/db';
import { TEST_DATABASES } from '../../../../../scripts/test-support/databases';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { patientIdOf } from '../../test-support/factories';
import { searchSlots } from './availability';
import { scheduleCatalog } from './catalog-cache';
import { roomAvailability } from './rooms';
import { slotOpen } from './open-slot';
import type { Placement } from './placement';

// The week of the US fall-back change (Sunday 2026-11-01, 02:00 EDT → 01:00 EST) in the demo clinic: Cleveland
// (New York time, two rooms) and Phoenix (no clock change, one room), a resident supervised by Dr. Still, a visit
// type with rest time after it, plus time off, a closure, extra hours (one across the change) and bookings in rooms.
const FROM = '2026-10-29T00:00:00Z';
const TO = '2026-11-05T00:00:00Z';
const QUARTER_MS = 15 * 60_000;
const at = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');

describe.each(TEST_DATABASES)('the one-slot check against the general search on $name', (kind) => {
  let t: TestApp;
  let db: Database;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    t = await startTestApp(kind);
    db = t.handle.db;
    for (const who of ['dr.still', 'dr.kim', 'resident']) ids[who] = await t.userId(`${who}@demo.clinic`);
    const alex = await patientIdOf(t, 'alex@demo.clinic');
    const made = { reason: 'test', created_by: ids['dr.still']!, created_at: '2026-06-01T12:00:00Z' };
    // The resident's Tuesday starts at 09:15, off the supervisor's half-hour grid.
    await db
      .updateTable('provider_hours')
      .set({ start_time: '09:15' })
      .where('provider_id', '=', ids.resident!)
      .where('weekday', '=', 2)
      .execute();
    await insertTimeOff(db, {
      id: 'off-still',
      provider_id: ids['dr.still']!,
      start_at: '2026-10-29T17:00:00Z',
      end_at: '2026-10-29T19:30:00Z',
      ...made,
    });
    await insertTimeOff(db, {
      id: 'off-resident',
      provider_id: ids.resident!,
      start_at: '2026-11-02T14:00:00Z',
      end_at: '2026-11-02T15:00:00Z',
      ...made,
    });
    await insertClosure(db, {
      id: 'closed-cle',
      location_id: 'loc-cleveland',
      start_at: '2026-11-03T18:00:00Z',
      end_at: '2026-11-03T20:15:00Z',
      ...made,
    });
    for (const [id, provider, location, start, end] of [
      ['extra-kim', ids['dr.kim']!, 'loc-phoenix', '2026-10-31T16:00:00Z', '2026-10-31T19:00:00Z'],
      [
        'extra-still-night',
        ids['dr.still']!,
        'loc-cleveland',
        '2026-11-01T04:00:00Z',
        '2026-11-01T09:00:00Z',
      ],
      ['extra-resident', ids.resident!, 'loc-cleveland', '2026-10-31T13:00:00Z', '2026-10-31T17:00:00Z'],
    ] as const) {
      await insertExtraHours(db, {
        id,
        provider_id: provider,
        location_id: location,
        start_at: start,
        end_at: end,
        ...made,
      });
    }
    // Bookings, some holding rooms (both of Cleveland's at once on Monday morning), one with rest time after it.
    const bookings: [string, string, string, string, string, string | null][] = [
      [
        ids['dr.still']!,
        'loc-cleveland',
        'omt-follow-up',
        '2026-10-29T14:00:00Z',
        '2026-10-29T14:30:00Z',
        'room-cle-1',
      ],
      [
        ids['dr.still']!,
        'loc-cleveland',
        'pregnancy-omt',
        '2026-11-02T15:00:00Z',
        '2026-11-02T15:45:00Z',
        'room-cle-1',
      ],
      [
        ids.resident!,
        'loc-cleveland',
        'omt-follow-up',
        '2026-11-02T15:00:00Z',
        '2026-11-02T15:30:00Z',
        'room-cle-2',
      ],
      [
        ids['dr.kim']!,
        'loc-phoenix',
        'consultation',
        '2026-10-30T16:00:00Z',
        '2026-10-30T17:00:00Z',
        'room-phx-1',
      ],
      [ids['dr.kim']!, 'loc-phoenix', 'omt-follow-up', '2026-11-03T17:30:00Z', '2026-11-03T18:00:00Z', null],
    ];
    for (const [i, [provider, location, visitType, start, end, room]] of bookings.entries()) {
      await db
        .insertInto('appointments')
        .values({
          id: `booked-${i}`,
          patient_id: alex,
          provider_id: provider,
          location_id: location,
          visit_type: visitType,
          start_at: start,
          end_at: end,
          status: 'booked',
          created_by: ids['dr.still']!,
          created_at: '2026-06-01T12:00:00Z',
          room_id: room,
        })
        .execute();
    }
  });
  afterAll(() => t.close());

  it('answers every quarter hour of the week as the search does, for every provider, location and visit type', async () => {
    const catalog = await scheduleCatalog(db, FROM);
    const notBefore = '2026-10-29T12:00:00Z';
    let open = 0;
    let probed = 0;
    // The rooms' bookings over the whole week answer for any visit in it.
    const rooms = await roomAvailability(
      db,
      catalog,
      catalog.locations.map((l) => l.id),
      FROM,
      TO,
    );
    // Visit types of 30 and 60 minutes, and one of 45 with 15 minutes' rest after it.
    const visitTypes = catalog.visitTypes.filter((v) => v.id !== 'infant-omt');
    for (const visitType of visitTypes) {
      for (const providerId of Object.values(ids)) {
        for (const location of catalog.locations) {
          const found = await searchSlots(db, {
            visitType: visitType.id,
            durationMinutes: visitType.duration_minutes,
            bufferAfterMinutes: visitType.buffer_after_minutes,
            from: FROM,
            to: TO,
            notBefore,
            providerIds: [providerId],
            locationIds: [location.id],
            catalog,
          });
          const starts = new Set(found.map((s) => s.start));
          // Where the provider has no hours at all, hourly probes are enough.
          const works = catalog.providerHours.some(
            (h) => h.provider_id === providerId && h.location_id === location.id,
          );
          const step = works ? QUARTER_MS : 4 * QUARTER_MS;
          const reach = (visitType.duration_minutes + visitType.buffer_after_minutes) * 60_000;
          for (let ms = Date.parse(FROM); ms + reach <= Date.parse(TO); ms += step) {
            const start = at(ms);
            const end = at(ms + visitType.duration_minutes * 60_000);
            const pl: Placement = {
              catalog,
              visitType,
              visitTypeId: visitType.id,
              requiresConsultation: false,
              providerId,
              locationId: location.id,
              timeZone: location.time_zone,
              start,
              end,
            };
            const answer = await slotOpen(db, pl, notBefore, rooms.get(location.id));
            probed++;
            if (answer) open++;
            expect({
              visitType: visitType.id,
              providerId,
              location: location.id,
              start,
              open: answer,
            }).toEqual({
              visitType: visitType.id,
              providerId,
              location: location.id,
              start,
              open: starts.has(start),
            });
          }
        }
      }
    }
    expect(open).toBeGreaterThan(200);
    expect(probed - open).toBeGreaterThan(200);
  }, 120_000);
});
