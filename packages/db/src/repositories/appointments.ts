import type { Database } from '../connection';
import { isUniqueViolation } from '../connection';
import type { AppointmentRow } from '../schema';

export type BookingOutcome = { ok: true } | { ok: false; conflict: 'provider' | 'patient' };

class BlockConflict extends Error {
  constructor(readonly kind: 'provider' | 'patient') {
    super(`${kind} block already held`);
  }
}

/**
 * Inserts an appointment and claims its provider and patient blocks in one transaction. The blocks'
 * primary keys make a double booking impossible at the database level, also under concurrent requests.
 */
export async function insertAppointmentWithBlocks(
  db: Database,
  row: AppointmentRow,
  blocks: string[],
): Promise<BookingOutcome> {
  try {
    await db.transaction().execute(async (trx) => {
      await trx.insertInto('appointments').values(row).execute();
      const claim = async (kind: 'provider' | 'patient') => {
        try {
          if (kind === 'provider') {
            await trx
              .insertInto('provider_blocks')
              .values(
                blocks.map((b) => ({ provider_id: row.provider_id, block_start: b, appointment_id: row.id })),
              )
              .execute();
          } else {
            await trx
              .insertInto('patient_blocks')
              .values(
                blocks.map((b) => ({ patient_id: row.patient_id, block_start: b, appointment_id: row.id })),
              )
              .execute();
          }
        } catch (error) {
          if (isUniqueViolation(error)) throw new BlockConflict(kind);
          throw error;
        }
      };
      await claim('provider');
      await claim('patient');
    });
    return { ok: true };
  } catch (error) {
    if (error instanceof BlockConflict) return { ok: false, conflict: error.kind };
    throw error;
  }
}

export interface AppointmentFilter {
  ids?: string[];
  patientIds?: string[];
  providerId?: string;
  locationId?: string;
  from?: string;
  to?: string;
}

/** Appointments with the names a screen needs, and whether intake and an encounter exist. */
export function listAppointmentViews(db: Database, f: AppointmentFilter) {
  let q = db
    .selectFrom('appointments as a')
    .innerJoin('patients as p', 'p.id', 'a.patient_id')
    .innerJoin('users as u', 'u.id', 'a.provider_id')
    .innerJoin('locations as l', 'l.id', 'a.location_id')
    .innerJoin('visit_types as v', 'v.id', 'a.visit_type')
    .leftJoin('intakes as i', 'i.appointment_id', 'a.id')
    .leftJoin('encounters as e', 'e.appointment_id', 'a.id')
    .selectAll('a')
    .select([
      'p.given_name',
      'p.family_name',
      'u.display_name as provider_name',
      'l.name as location_name',
      'l.time_zone',
      'v.name as visit_type_name',
      'i.id as intake_id',
      'e.id as encounter_id',
      'e.status as encounter_status',
    ]);
  if (f.ids) q = q.where('a.id', 'in', f.ids.length ? f.ids : ['']);
  if (f.patientIds) q = q.where('a.patient_id', 'in', f.patientIds.length ? f.patientIds : ['']);
  if (f.providerId) q = q.where('a.provider_id', '=', f.providerId);
  if (f.locationId) q = q.where('a.location_id', '=', f.locationId);
  if (f.from) q = q.where('a.end_at', '>', f.from);
  if (f.to) q = q.where('a.start_at', '<', f.to);
  return q.orderBy('a.start_at').limit(500).execute();
}

export type AppointmentView = Awaited<ReturnType<typeof listAppointmentViews>>[number];

export function findAppointment(db: Database, id: string): Promise<AppointmentRow | undefined> {
  return db.selectFrom('appointments').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function setAppointmentStatus(db: Database, id: string, status: string): Promise<void> {
  await db.updateTable('appointments').set({ status }).where('id', '=', id).execute();
}

/** Whether the patient has a consultation that is not cancelled and starts before `before`. */
export async function hasConsultationBefore(
  db: Database,
  patientId: string,
  before: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('appointments')
    .select('id')
    .where('patient_id', '=', patientId)
    .where('visit_type', '=', 'consultation')
    .where('status', '!=', 'cancelled')
    .where('start_at', '<', before)
    .executeTakeFirst();
  return row !== undefined;
}

/** Live appointment intervals of the given providers that touch [from, to). */
export function busyIntervals(db: Database, providerIds: string[], from: string, to: string) {
  return db
    .selectFrom('appointments')
    .select(['provider_id', 'start_at', 'end_at'])
    .where('provider_id', 'in', providerIds.length ? providerIds : [''])
    .where('status', '!=', 'cancelled')
    .where('end_at', '>', from)
    .where('start_at', '<', to)
    .execute();
}
