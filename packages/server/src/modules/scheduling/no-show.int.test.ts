import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandSlots } from '@omt/contracts';
import { insertPatient } from '@omt/db';
import { TEST_DATABASES } from '../../../../../scripts/test-support/databases';
import { startTestApp, TEST_NOW, type TestApp } from '../../test-support/test-app';
import { patientIdOf } from '../../test-support/factories';
import { deadVisitBlocks } from '../../test-support/dead-blocks';
import { NO_FACTORS } from '../patients/presenter';

describe.each(TEST_DATABASES)('a no-show frees the rest of its time on $name', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(() => t.close());

  it('a 60-minute visit missed 10 minutes in: availability offers the rest of the hour, and a walk-in books it', async () => {
    const desk = await t.login('frontdesk@demo.clinic');
    const still = await t.userId('dr.still@demo.clinic');
    const resident = await t.userId('resident@demo.clinic');
    const walkIn = randomUUID();
    await insertPatient(t.handle.db, {
      id: walkIn,
      given_name: 'Wally',
      family_name: 'Walkin',
      birth_date: '1980-03-04',
      sex: 'male',
      factors_json: JSON.stringify(NO_FACTORS),
      summary: '',
      created_at: '2026-06-01T12:00:00Z',
    });
    const consultation = async (patientId: string, providerId: string, start: string) =>
      t.call(desk, 'POST', '/api/appointments', {
        patientId,
        visitType: 'consultation',
        providerId,
        locationId: 'loc-cleveland',
        start,
      });
    // Tuesday 9 June, 10:00–11:00 EDT: both Cleveland tables taken, Alex with Dr. Still, Maria with the resident.
    const missed = await consultation(
      await patientIdOf(t, 'alex@demo.clinic'),
      still,
      '2026-06-09T14:00:00Z',
    );
    const other = await consultation(
      await patientIdOf(t, 'maria@demo.clinic'),
      resident,
      '2026-06-09T14:00:00Z',
    );
    expect([missed.status, other.status], JSON.stringify([missed.body, other.body])).toEqual([201, 201]);
    const search = async (from: string, to: string) =>
      expandSlots(
        (
          await t.call(
            desk,
            'GET',
            `/api/availability?${new URLSearchParams({ visitType: 'consultation', provider: still, location: 'loc-cleveland', from, to }).toString()}`,
          )
        ).body,
      ).map((s) => s.start);
    // A wide search keeps Dr. Still's bookings between searches: the time is taken now.
    expect(await search('2026-06-01T12:00:00Z', '2026-06-12T00:00:00Z')).not.toContain(
      '2026-06-09T14:30:00Z',
    );
    t.clock.now = new Date('2026-06-09T14:10:00Z');
    try {
      const marked = await t.call(desk, 'POST', `/api/appointments/${missed.body.id}/no-show`, {});
      expect([marked.status, marked.body.status]).toEqual([200, 'no_show']);
      expect(await deadVisitBlocks(t.handle.db)).toEqual([]);
      // The rest of the hour is offered again, by a narrow search (read directly) and a wide one (cached).
      expect(await search('2026-06-09T14:10:00Z', '2026-06-09T21:00:00Z')).toContain('2026-06-09T14:30:00Z');
      expect(await search('2026-06-09T14:10:00Z', '2026-06-14T00:00:00Z')).toContain('2026-06-09T14:30:00Z');
      const walked = await consultation(walkIn, still, '2026-06-09T14:30:00Z');
      expect(walked.status, JSON.stringify(walked.body)).toBe(201);
      // Table 2 is the resident's until 11:00: the walk-in takes the table the missed visit left.
      expect(walked.body.roomName).toBe('Table 1');
    } finally {
      t.clock.now = TEST_NOW;
    }
  });
});
