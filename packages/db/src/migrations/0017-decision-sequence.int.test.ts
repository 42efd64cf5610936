import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASES } from '../../../../scripts/test-support/databases';
import type { DatabaseHandle } from '../connection';
import { migrateToLatest, migrateUpTo } from '../migrate';
import { insertConsent, listConsents } from '../repositories/encounters';

const AT = '2026-06-01T10:00:00Z';

/** One encounter as the schema stood at 0016, written with plain SQL (no repository knows that schema). */
async function encounterBefore0017(h: DatabaseHandle): Promise<void> {
  const run = (text: string) => sql.raw(text).execute(h.db);
  await run(`insert into locations (id, name, time_zone, address, phone)
             values ('loc', 'Cleveland', 'America/New_York', '1 Euclid Ave', '+1 216 555 0100')`);
  await run(`insert into visit_types (id, name, duration_minutes, requires_consultation, description)
             values ('vt', 'OMT follow-up', 30, 0, 'follow-up')`);
  await run(`insert into users (id, email, password_hash, role, display_name, created_at)
             values ('doc', 'doc@x.test', 'x', 'physician', 'Dr. Doc', '${AT}')`);
  await run(`insert into patients (id, given_name, family_name, birth_date, sex, factors_json, summary, created_at)
             values ('pat', 'Alex', 'Rivera', '1984-05-12', 'male', '{}', '', '${AT}')`);
  await run(`insert into appointments (id, patient_id, provider_id, location_id, visit_type, start_at, end_at,
               status, created_by, created_at)
             values ('appt', 'pat', 'doc', 'loc', 'vt', '${AT}', '2026-06-01T10:30:00Z', 'checked_in', 'doc', '${AT}')`);
  await run(`insert into encounters (id, appointment_id, patient_id, author_id, status, em_documented,
               created_at, updated_at)
             values ('enc', 'appt', 'pat', 'doc', 'draft', 0, '${AT}', '${AT}')`);
}

async function consentBefore0017(h: DatabaseHandle, id: string, decision: string, at: string) {
  await sql
    .raw(
      `insert into consents (id, encounter_id, technique, decision, method, recorded_by, recorded_at)
       values ('${id}', 'enc', 'soft_tissue', '${decision}', 'verbal', 'doc', '${at}')`,
    )
    .execute(h.db);
}

describe.each(TEST_DATABASES)('migration 0017 numbers existing decisions on $name', (kind) => {
  let h: DatabaseHandle;
  beforeAll(async () => {
    h = await kind.openUnmigrated();
    await migrateUpTo(h, '0016-catalog-version');
    await encounterBefore0017(h);
    // Inserted out of order: the backfill numbers them by recorded_at, then id.
    await consentBefore0017(h, 'm', 'given', '2026-06-01T10:05:00Z');
    await consentBefore0017(h, 'z', 'refused', '2026-06-01T10:01:00Z');
    await consentBefore0017(h, 'a', 'given', '2026-06-01T10:01:00Z');
    await migrateToLatest(h);
  });
  afterAll(() => h.close());

  it('in recorded_at, then id order, and numbers new rows after them', async () => {
    expect((await listConsents(h.db, 'enc')).map((c) => [c.id, c.seq])).toEqual([
      ['a', 1],
      ['z', 2],
      ['m', 3],
    ]);
    // A later decision in the same second as an old one still comes last.
    await insertConsent(h.db, {
      id: '0',
      encounter_id: 'enc',
      technique: 'soft_tissue',
      decision: 'refused',
      method: 'verbal',
      recorded_by: 'doc',
      recorded_at: '2026-06-01T10:05:00Z',
    });
    const after = await listConsents(h.db, 'enc');
    expect(after.map((c) => c.id)).toEqual(['a', 'z', 'm', '0']);
    expect(after.at(-1)?.seq).toBe(4);
  });
});
