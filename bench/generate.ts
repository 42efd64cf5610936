// Builds a large clinic network in an SQLite file for the benchmarks: 10 locations, 40 providers,
// ~480 patients and about 200,000 appointments over one year (10 months back, 2 ahead).
// Usage: node --import tsx bench/generate.ts [folder] [anchor YYYY-MM-DD]   (default bench/.data, 2026-06-01)
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { migrateToLatest, openDatabase } from '@omt/db';
import { slotBlocks, zonedToInstant } from '@omt/domain';
import { Temporal } from 'temporal-polyfill';

const ZONES = [
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Phoenix',
  'America/Los_Angeles',
  'America/Anchorage',
  'Pacific/Honolulu',
  'America/Detroit',
  'America/Indiana/Indianapolis',
  'America/Boise',
];
const PROVIDERS_PER_LOCATION = 4;
const PATIENTS_PER_PROVIDER = 12;
const FILL = 0.8; // share of half-hour slots booked

export interface NetworkFacts {
  file: string;
  anchor: string; // the "now" the benchmarks stand on (YYYY-MM-DD)
  locations: number;
  providers: number;
  patients: number;
  appointments: number;
}

/** Generates the network and returns its facts; deterministic for a given anchor date. */
export async function generateNetwork(file: string, anchor = '2026-06-01'): Promise<NetworkFacts> {
  rmSync(file, { force: true });
  mkdirSync(dirname(file), { recursive: true });
  const handle = openDatabase({ dataDir: dirname(file) });
  await migrateToLatest(handle);
  await handle.close();
  const db = new Database(resolve(dirname(file), 'omt-clinic.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const now = '2026-01-01T00:00:00Z';
  const ins = {
    loc: db.prepare('insert into locations (id, name, time_zone, address, phone) values (?,?,?,?,?)'),
    vt: db.prepare(
      'insert into visit_types (id, name, duration_minutes, requires_consultation, description) values (?,?,?,?,?)',
    ),
    user: db.prepare(
      "insert into users (id,email,password_hash,role,display_name,credential,supervisor_id,created_at) values (?,?,?,?,?,'DO',null,?)",
    ),
    hours: db.prepare(
      'insert into provider_hours (id, provider_id, location_id, weekday, start_time, end_time) values (?,?,?,?,?,?)',
    ),
    opening: db.prepare(
      'insert into location_hours (id, location_id, weekday, start_time, end_time) values (?,?,?,?,?)',
    ),
    patient: db.prepare(
      "insert into patients (id, given_name, family_name, birth_date, sex, factors_json, summary, created_at) values (?,?,?,?,?,'{}','',?)",
    ),
    appt: db.prepare(
      "insert into appointments (id,patient_id,provider_id,location_id,visit_type,start_at,end_at,status,created_by,created_at) values (?,?,?,?,'omt-follow-up',?,?,?,'bench',?)",
    ),
    pblock: db.prepare(
      'insert into provider_blocks (provider_id, block_start, appointment_id) values (?,?,?)',
    ),
    patblock: db.prepare(
      'insert into patient_blocks (patient_id, block_start, appointment_id) values (?,?,?)',
    ),
  };
  let appointments = 0;
  db.transaction(() => {
    ins.vt.run('consultation', 'Consultation', 60, 0, 'new problem');
    ins.vt.run('omt-follow-up', 'OMT follow-up', 30, 1, 'follow-up');
    const start = Temporal.PlainDate.from(anchor).subtract({ months: 10 });
    const end = Temporal.PlainDate.from(anchor).add({ months: 2 });
    ZONES.forEach((zone, li) => {
      const loc = `loc-${li}`;
      ins.loc.run(loc, `Location ${li}`, zone, `${li} Main St`, '+1 555 0100');
      for (let wd = 1; wd <= 6; wd++) ins.opening.run(`o-${loc}-${wd}`, loc, wd, '07:30', '18:30');
      for (let pi = 0; pi < PROVIDERS_PER_LOCATION; pi++) {
        const prov = `prov-${li}-${pi}`;
        ins.user.run(prov, `${prov}@bench.clinic`, 'x', 'physician', `Dr. ${prov}`, now);
        for (let wd = 1; wd <= 6; wd++) ins.hours.run(`h-${prov}-${wd}`, prov, loc, wd, '08:00', '18:00');
        const patients = Array.from({ length: PATIENTS_PER_PROVIDER }, (_, k) => `pat-${li}-${pi}-${k}`);
        patients.forEach((p) => ins.patient.run(p, 'Pat', p, '1980-01-01', 'unknown', now));
        for (let d = start; Temporal.PlainDate.compare(d, end) < 0; d = d.add({ days: 1 })) {
          if (d.dayOfWeek === 7) continue;
          for (let slot = 0; slot < 20; slot++) {
            if (random() > FILL) continue;
            const time = `${String(8 + Math.floor(slot / 2)).padStart(2, '0')}:${slot % 2 ? '30' : '00'}`;
            const s = zonedToInstant(d.toString(), time, zone);
            const e = new Date(Date.parse(s) + 30 * 60_000).toISOString().replace('.000Z', 'Z');
            const id = `a-${appointments++}`;
            const patient = patients[slot % PATIENTS_PER_PROVIDER]!;
            ins.appt.run(id, patient, prov, loc, s, e, d.toString() < anchor ? 'completed' : 'booked', s);
            for (const b of slotBlocks({ start: s, end: e }, 15)) {
              ins.pblock.run(prov, b, id);
              ins.patblock.run(patient, b, id);
            }
          }
        }
      }
    });
  })();
  db.close();
  return {
    file: resolve(dirname(file), 'omt-clinic.sqlite'),
    anchor,
    locations: ZONES.length,
    providers: ZONES.length * PROVIDERS_PER_LOCATION,
    patients: ZONES.length * PROVIDERS_PER_LOCATION * PATIENTS_PER_PROVIDER,
    appointments,
  };
}

if (process.argv[1]?.endsWith('generate.ts')) {
  const dir = process.argv[2] ?? resolve(import.meta.dirname, '.data');
  const t0 = performance.now();
  const facts = await generateNetwork(resolve(dir, 'omt-clinic.sqlite'), process.argv[3]); // [dir] [anchor]
  console.log(JSON.stringify({ ...facts, seconds: ((performance.now() - t0) / 1000).toFixed(1) }));
}
