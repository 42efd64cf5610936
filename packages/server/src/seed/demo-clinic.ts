import { randomUUID } from 'node:crypto';
import {
  countUsers,
  grantPatientAccess,
  insertAppointmentWithBlocks,
  insertLocation,
  insertPatient,
  insertProviderHours,
  replaceLocationHours,
  insertRoom,
  insertUser,
  insertVisitType,
  updateClinicProfile,
  type Database,
} from '@omt/db';
import { UNDER_18_MAX_AGE_DAYS, zonedToInstant } from '@omt/domain';
import { Temporal } from 'temporal-polyfill';
import { hashPassword } from '../auth/passwords';
import { toInstant, type Clock } from '../clock';
import { NO_FACTORS } from '../modules/patients/presenter';
import { bookingBlocks } from '../modules/scheduling/blocks';
import { seedNoteTemplates } from './note-templates';

export const DEMO_PASSWORD = 'omt-demo-2026';

export const DEMO_LOGINS = [
  ['admin@demo.clinic', 'clinic admin'],
  ['frontdesk@demo.clinic', 'front desk'],
  ['dr.still@demo.clinic', 'physician (DO), Cleveland'],
  ['dr.kim@demo.clinic', 'physician (DO), Phoenix'],
  ['resident@demo.clinic', 'resident, supervised by dr.still'],
  ['alex@demo.clinic', 'patient: adult, chronic low back pain'],
  ['maria@demo.clinic', 'patient: pregnant, 28 weeks, low back pain'],
  ['sam.parent@demo.clinic', 'parent of Noah (10 weeks, colic)'],
] as const;

const CLEVELAND = 'loc-cleveland';
const PHOENIX = 'loc-phoenix';

async function seedCatalog(db: Database): Promise<void> {
  await insertLocation(db, {
    id: CLEVELAND,
    name: 'Cleveland',
    time_zone: 'America/New_York',
    address: '1 Euclid Ave, Cleveland, OH 44115',
    phone: '+1 216 555 0100',
  });
  await insertLocation(db, {
    id: PHOENIX,
    name: 'Phoenix',
    time_zone: 'America/Phoenix',
    address: '2 Camelback Rd, Phoenix, AZ 85016',
    phone: '+1 602 555 0100',
  });
  const open = (location: string, days: number[], start: string, end: string) =>
    days.map((weekday) => ({
      id: `${location}-${weekday}-${start}`,
      location_id: location,
      weekday,
      start_time: start,
      end_time: end,
    }));
  await replaceLocationHours(db, CLEVELAND, [
    ...open(CLEVELAND, [1, 2, 3, 4, 5], '08:00', '18:00'),
    ...open(CLEVELAND, [6], '09:00', '13:00'),
  ]);
  await replaceLocationHours(db, PHOENIX, open(PHOENIX, [1, 2, 3, 4, 5], '07:30', '17:30'));
  for (const [id, location, name] of [
    ['room-cle-1', CLEVELAND, 'Table 1'],
    ['room-cle-2', CLEVELAND, 'Table 2'],
    ['room-phx-1', PHOENIX, 'Table 1'],
  ] as const) {
    await insertRoom(db, { id, location_id: location, name, created_at: toInstant(new Date()) });
  }
  await insertVisitType(db, {
    id: 'consultation',
    name: 'Consultation (new problem)',
    duration_minutes: 60,
    requires_consultation: 0,
    description: 'History, examination and a plan for a new problem, before any OMT.',
    name_es: 'Consulta (problema nuevo)',
    description_es: 'Historia clínica, exploración y un plan para un problema nuevo, antes de cualquier OMT.',
  });
  await insertVisitType(db, {
    id: 'infant-omt',
    name: 'Infant and child OMT',
    duration_minutes: 30,
    requires_consultation: 1,
    description: 'Gentle OMT for babies and children, after a consultation; a parent stays throughout.',
    name_es: 'OMT para bebés y niños',
    description_es:
      'OMT suave para bebés y niños, después de una consulta; uno de los padres se queda todo el tiempo.',
    // For children only (clinical-reference CR-VISIT-1).
    min_age_days: 0,
    max_age_days: UNDER_18_MAX_AGE_DAYS,
  });
  await insertVisitType(db, {
    id: 'pregnancy-omt',
    name: 'Pregnancy OMT',
    duration_minutes: 45,
    requires_consultation: 1,
    buffer_after_minutes: 15,
    description: 'OMT adapted to pregnancy (positioning with support), after a consultation.',
    name_es: 'OMT en el embarazo',
    description_es: 'OMT adaptada al embarazo (posiciones con apoyo), después de una consulta.',
    // Only for a patient recorded as pregnant (clinical-reference CR-VISIT-2).
    requires_pregnancy: 1,
  });
  await insertVisitType(db, {
    id: 'omt-follow-up',
    name: 'OMT follow-up',
    duration_minutes: 30,
    requires_consultation: 1,
    description: 'Osteopathic manipulative treatment for a problem already assessed at a consultation.',
    name_es: 'Seguimiento de OMT',
    description_es: 'Tratamiento manipulativo osteopático para un problema ya evaluado en una consulta.',
  });
}

async function user(
  db: Database,
  email: string,
  role: string,
  name: string,
  extra: { credential?: string; supervisor?: string } = {},
) {
  const id = randomUUID();
  await insertUser(db, {
    id,
    email,
    password_hash: await hashPassword(DEMO_PASSWORD),
    role,
    display_name: name,
    credential: extra.credential ?? null,
    supervisor_id: extra.supervisor ?? null,
    created_at: toInstant(new Date()),
  });
  return id;
}

function weekdays(provider: string, location: string, start: string, end: string) {
  return [1, 2, 3, 4, 5].map((weekday) => ({
    id: randomUUID(),
    provider_id: provider,
    location_id: location,
    weekday,
    start_time: start,
    end_time: end,
  }));
}

async function patient(
  db: Database,
  p: { given: string; family: string; birth: string; sex: string; summary: string; factors?: object },
) {
  const id = randomUUID();
  await insertPatient(db, {
    id,
    given_name: p.given,
    family_name: p.family,
    birth_date: p.birth,
    sex: p.sex,
    factors_json: JSON.stringify({ ...NO_FACTORS, ...p.factors }),
    summary: p.summary,
    created_at: toInstant(new Date()),
  });
  return id;
}

async function pastConsultation(
  db: Database,
  patientId: string,
  providerId: string,
  date: string,
  by: string,
) {
  const start = zonedToInstant(date, '10:00', 'America/New_York');
  const end = toInstant(new Date(Date.parse(start) + 60 * 60_000));
  await insertAppointmentWithBlocks(
    db,
    {
      id: randomUUID(),
      patient_id: patientId,
      provider_id: providerId,
      location_id: CLEVELAND,
      visit_type: 'consultation',
      start_at: start,
      end_at: end,
      status: 'completed',
      created_by: by,
      created_at: start,
    },
    bookingBlocks(start, end, 0),
  );
}

/**
 * A follow-up that started at the last quarter hour, the patient checked in: the demo physician has an
 * encounter to open and sign today (an encounter opens only on its visit's day).
 */
async function visitToday(db: Database, patientId: string, providerId: string, clock: Clock, by: string) {
  const quarter = 15 * 60_000;
  const start = toInstant(new Date(Math.floor(clock().getTime() / quarter) * quarter));
  const end = toInstant(new Date(Date.parse(start) + 30 * 60_000));
  await insertAppointmentWithBlocks(
    db,
    {
      id: randomUUID(),
      patient_id: patientId,
      provider_id: providerId,
      location_id: CLEVELAND,
      visit_type: 'omt-follow-up',
      start_at: start,
      end_at: end,
      status: 'checked_in',
      created_by: by,
      created_at: toInstant(clock()),
    },
    bookingBlocks(start, end, 0),
  );
}

/**
 * Seeds the demo clinic once, into an empty database; returns whether it did. `visitToday` adds Alex's
 * follow-up with Dr. Still happening now (the running demo; tests and journeys book their own visits).
 */
/** The demo clinic's profile (a real clinic's admin fills its own from the setup checklist). */
async function seedClinicProfile(db: Database): Promise<void> {
  await updateClinicProfile(
    db,
    {
      name: 'OMT Clinic',
      address: '1 Euclid Ave, Cleveland, OH 44115',
      phone: '+1 216 555 0100',
      npi: '1245319599',
      tax_id: '12-3456789',
      logo_type: null,
      logo_base64: null,
    },
    0,
    '2026-01-01T00:00:00Z',
  );
}

export async function seedDemoIfEmpty(
  db: Database,
  clock: Clock,
  options: { visitToday?: boolean } = {},
): Promise<boolean> {
  if ((await countUsers(db)) > 0) return false;
  const today = Temporal.PlainDate.from(clock().toISOString().slice(0, 10));
  await seedCatalog(db);
  await seedClinicProfile(db);
  const admin = await user(db, 'admin@demo.clinic', 'admin', 'Avery Admin');
  await seedNoteTemplates(db, admin);
  const desk = await user(db, 'frontdesk@demo.clinic', 'front_desk', 'Finn Desk');
  const still = await user(db, 'dr.still@demo.clinic', 'physician', 'Dr. Andrea Still', { credential: 'DO' });
  const kim = await user(db, 'dr.kim@demo.clinic', 'physician', 'Dr. Daniel Kim', { credential: 'DO' });
  const resident = await user(db, 'resident@demo.clinic', 'resident', 'Dr. Riley Resident', {
    credential: 'DO (resident)',
    supervisor: still,
  });
  // Infant and child OMT is for the two physicians; the resident sees adults only.
  await db
    .updateTable('visit_types')
    .set({ performer_ids: JSON.stringify([still, kim]) })
    .where('id', '=', 'infant-omt')
    .execute();
  await insertProviderHours(db, [
    ...weekdays(still, CLEVELAND, '09:00', '17:00'),
    ...weekdays(resident, CLEVELAND, '09:00', '17:00'),
    ...weekdays(kim, PHOENIX, '08:00', '16:00'),
  ]);
  const alexUser = await user(db, 'alex@demo.clinic', 'patient', 'Alex Rivera');
  const alex = await patient(db, {
    given: 'Alex',
    family: 'Rivera',
    birth: '1984-05-12',
    sex: 'male',
    summary: 'Chronic low back pain',
  });
  await grantPatientAccess(db, { user_id: alexUser, patient_id: alex, relationship: 'self' });
  const mariaUser = await user(db, 'maria@demo.clinic', 'patient', 'Maria Lopez');
  const maria = await patient(db, {
    given: 'Maria',
    family: 'Lopez',
    birth: '1994-02-03',
    sex: 'female',
    summary: 'Pregnancy-related low back pain',
    factors: { pregnant: true, pregnancyWeeks: 28 },
  });
  await grantPatientAccess(db, { user_id: mariaUser, patient_id: maria, relationship: 'self' });
  const samUser = await user(db, 'sam.parent@demo.clinic', 'patient', 'Sam Parent');
  const noah = await patient(db, {
    given: 'Noah',
    family: 'Parent',
    birth: today.subtract({ days: 70 }).toString(),
    sex: 'male',
    summary: 'Infant colic',
  });
  await grantPatientAccess(db, { user_id: samUser, patient_id: noah, relationship: 'guardian' });
  const past = (days: number) => today.subtract({ days }).toString();
  await pastConsultation(db, alex, still, past(14), desk);
  await pastConsultation(db, maria, still, past(10), desk);
  await pastConsultation(db, noah, still, past(7), desk);
  if (options.visitToday) await visitToday(db, alex, still, clock, desk);
  return true;
}
