import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { openDatabase, type DatabaseHandle } from '@omt/db';
import { describe, expect, it } from 'vitest';
import { expandSlots, type OpenSlots } from '@omt/contracts';
import { TEST_DATABASES } from '../../../../scripts/test-support/databases';
import { startClinicProcess, type ClinicProcess } from '../test-support/clinic-process';
import { DEMO_PASSWORD } from '../seed/demo-clinic';

/** Requests in flight at once during the storm, and how many acknowledged bookings before the kill. */
const CONCURRENCY = 12;
const KILL_AFTER_ACKS = 15;

async function call(
  clinic: ClinicProcess,
  token: string | null,
  method: string,
  path: string,
  body?: unknown,
) {
  const res = await fetch(`${clinic.url}${path}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> & unknown[] };
}

// A real `npm start` process: bookings stream in from many clients, the process is killed with SIGKILL mid-storm,
// and a restart on the same database must hold every booking it acknowledged (201), hold no time twice, and be ready.
describe.each(TEST_DATABASES)('kill -9 during a booking storm on $name', (kind) => {
  it('loses no acknowledged booking; the database opens cleanly and serves', async () => {
    let env: Record<string, string>;
    let dataDir: string | null = null;
    if (kind.name === 'sqlite') {
      dataDir = mkdtempSync(join(tmpdir(), 'omt-kill9-'));
      env = { DATA_DIR: dataDir };
    } else {
      // An empty throwaway database: the clinic migrates and seeds it itself, as a first start does.
      const empty = await kind.openUnmigrated();
      const url = (empty.pool as { options: { connectionString: string } }).options.connectionString;
      await empty.close();
      env = { DATABASE_URL: url };
    }
    env = { ...env, SEED_DEMO: 'true', LOGIN_RATE_LIMIT: '1000', LOG_LEVEL: 'error' };
    let clinic = await startClinicProcess(env);
    const handle: DatabaseHandle = openDatabase(dataDir ? { dataDir } : { url: env.DATABASE_URL });
    try {
      const login = await call(clinic, null, 'POST', '/api/auth/login', {
        email: 'frontdesk@demo.clinic',
        password: DEMO_PASSWORD,
      });
      const token = login.body.token as string;
      const patients = (await handle.db.selectFrom('patients').select('id').execute()).map((p) => p.id);
      const now = Date.now();
      const qs = new URLSearchParams({
        visitType: 'omt-follow-up',
        from: new Date(now + 86_400_000).toISOString(),
        to: new Date(now + 15 * 86_400_000).toISOString(),
      });
      const slots = expandSlots(
        (await call(clinic, token, 'GET', `/api/availability?${qs.toString()}`)).body as unknown as OpenSlots,
      );
      expect(slots.length).toBeGreaterThan(CONCURRENCY * 4);
      // Each slot is asked for twice, by two patients, so racing requests compete for the same time.
      const requests = slots.flatMap((slot, i) =>
        [0, 1].map((k) => ({
          patientId: patients[(2 * i + k) % patients.length],
          visitType: 'omt-follow-up',
          providerId: slot.providerId,
          locationId: slot.locationId,
          start: slot.start,
        })),
      );

      const acknowledged: string[] = [];
      let next = 0;
      const storm: { killed: Promise<number | null> | null } = { killed: null };
      const client = async () => {
        while (!storm.killed && next < requests.length) {
          const body = requests[next++];
          try {
            const r = await call(clinic, token, 'POST', '/api/appointments', body);
            if (r.status === 201) acknowledged.push(r.body.id as string);
            if (acknowledged.length >= KILL_AFTER_ACKS) storm.killed ??= clinic.stop('SIGKILL');
          } catch {
            // The connection died with the process: this booking was never acknowledged.
          }
        }
      };
      await Promise.all(Array.from({ length: CONCURRENCY }, client));
      expect(storm.killed, 'the storm ended before the kill').not.toBeNull();
      await storm.killed;

      clinic = await startClinicProcess(env);
      expect((await call(clinic, null, 'GET', '/readyz')).status).toBe(200);
      const stored = await handle.db
        .selectFrom('appointments')
        .select(['id', 'status'])
        .where('id', 'in', acknowledged)
        .execute();
      expect(stored.map((a) => a.id).sort()).toEqual([...acknowledged].sort());
      expect(stored.every((a) => a.status === 'booked')).toBe(true);
      const doubled = await handle.db
        .selectFrom('appointments')
        .select(['provider_id', 'start_at'])
        .where('status', '!=', 'cancelled')
        .groupBy(['provider_id', 'start_at'])
        .having((eb) => eb.fn.countAll(), '>', 1)
        .execute();
      expect(doubled).toEqual([]);
      if (dataDir) {
        const check = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(handle.db);
        expect(check.rows).toEqual([{ integrity_check: 'ok' }]);
      }
      // The restarted clinic still books.
      const after = await call(clinic, token, 'GET', `/api/appointments/${acknowledged[0]}`);
      expect(after.status).toBe(200);
    } finally {
      await clinic.stop('SIGKILL');
      await handle.close();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});
