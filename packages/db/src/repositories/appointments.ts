import { PostgresAdapter, sql } from 'kysely';
import type { Database } from '../connection';
import { isUniqueViolation } from '../connection';
import type { AppointmentRow, NewAppointment } from '../schema';

type BlockKind = 'provider' | 'patient' | 'room';

export type BookingOutcome = { ok: true } | { ok: false; conflict: BlockKind };

class BlockConflict extends Error {
  constructor(readonly kind: BlockKind) {
    super(`${kind} block already held`);
  }
}

type Trx = Parameters<Parameters<ReturnType<Database['transaction']>['execute']>[0]>[0];

async function insertBlocks(
  trx: Trx,
  kind: BlockKind,
  owner: string,
  appointmentId: string,
  blocks: string[],
) {
  switch (kind) {
    case 'provider':
      return trx
        .insertInto('provider_blocks')
        .values(blocks.map((b) => ({ provider_id: owner, block_start: b, appointment_id: appointmentId })))
        .execute();
    case 'patient':
      return trx
        .insertInto('patient_blocks')
        .values(blocks.map((b) => ({ patient_id: owner, block_start: b, appointment_id: appointmentId })))
        .execute();
    case 'room':
      return trx
        .insertInto('room_blocks')
        .values(blocks.map((b) => ({ room_id: owner, block_start: b, appointment_id: appointmentId })))
        .execute();
  }
}

async function claimBlocks(
  trx: Trx,
  kind: BlockKind,
  owner: string,
  appointmentId: string,
  blocks: string[],
): Promise<void> {
  if (!blocks.length) return;
  try {
    await insertBlocks(trx, kind, owner, appointmentId, blocks);
  } catch (error) {
    if (isUniqueViolation(error)) throw new BlockConflict(kind);
    throw error;
  }
}

/** The time blocks a booking holds: the visit's own, and those of the rest time after it (the visit type's buffer). */
export interface BookingBlocks {
  visit: string[];
  /** Blocks after the visit that only its provider and room need free (the patient may book then). */
  buffer: string[];
}

/**
 * Claims every block a live appointment holds: provider (unless an override) and room, each with the buffer
 * after the visit, so two racing bookings cannot squeeze into it; the patient for the visit itself.
 */
async function claimAll(
  trx: Trx,
  row: Pick<NewAppointment, 'id' | 'provider_id' | 'patient_id' | 'room_id' | 'override_reason'>,
  blocks: BookingBlocks,
) {
  const withBuffer = [...blocks.visit, ...blocks.buffer];
  if (!row.override_reason) await claimBlocks(trx, 'provider', row.provider_id, row.id, withBuffer);
  await claimBlocks(trx, 'patient', row.patient_id, row.id, blocks.visit);
  if (row.room_id) await claimBlocks(trx, 'room', row.room_id, row.id, withBuffer);
}

/**
 * PostgreSQL: takes transaction-scoped advisory locks on every provider and patient a change touches, in a
 * fixed order, so concurrent bookings and moves queue instead of deadlocking on each other's block rows.
 * SQLite runs one write transaction at a time and needs none.
 */
async function lockOwners(trx: Trx, owners: string[]): Promise<void> {
  if (!(trx.getExecutor().adapter instanceof PostgresAdapter)) return;
  for (const owner of [...new Set(owners)].sort()) {
    await sql`select pg_advisory_xact_lock(hashtextextended(${owner}, 0))`.execute(trx);
  }
}

function ownersOf(row: { provider_id: string; patient_id: string; room_id?: string | null }): string[] {
  return [row.provider_id, row.patient_id, ...(row.room_id ? [row.room_id] : [])];
}

/** A move or a cancellation is a new revision of the visit's calendar invitation (RFC 5546 SEQUENCE). */
const nextIcsSequence = sql<number>`ics_sequence + 1`;

async function releaseBlocks(trx: Trx, appointmentId: string): Promise<void> {
  await trx.deleteFrom('provider_blocks').where('appointment_id', '=', appointmentId).execute();
  await trx.deleteFrom('patient_blocks').where('appointment_id', '=', appointmentId).execute();
  await trx.deleteFrom('room_blocks').where('appointment_id', '=', appointmentId).execute();
}

async function settle(work: () => Promise<void>): Promise<BookingOutcome> {
  try {
    await work();
    return { ok: true };
  } catch (error) {
    if (error instanceof BlockConflict) return { ok: false, conflict: error.kind };
    throw error;
  }
}

/**
 * Inserts an appointment and claims its provider and patient blocks in one transaction. The blocks'
 * primary keys make a double booking impossible at the database level, also under concurrent requests.
 * A staff override (`override_reason`) claims no provider blocks: it is a deliberate, audited double booking.
 */
export function insertAppointmentWithBlocks(
  db: Database,
  row: NewAppointment,
  blocks: BookingBlocks,
): Promise<BookingOutcome> {
  return settle(() =>
    db.transaction().execute(async (trx) => {
      await lockOwners(trx, ownersOf(row));
      await trx.insertInto('appointments').values(row).execute();
      await claimAll(trx, row, blocks);
    }),
  );
}

/** Books several appointments in one transaction: all of them, or (on any block conflict) none. */
export function insertSeriesWithBlocks(
  db: Database,
  rows: { row: NewAppointment; blocks: BookingBlocks }[],
): Promise<BookingOutcome> {
  return settle(() =>
    db.transaction().execute(async (trx) => {
      await lockOwners(
        trx,
        rows.flatMap(({ row }) => ownersOf(row)),
      );
      for (const { row, blocks } of rows) {
        await trx.insertInto('appointments').values(row).execute();
        await claimAll(trx, row, blocks);
      }
    }),
  );
}

/** Moves an appointment to a new time in one transaction: old blocks released, new ones claimed, or nothing changes. */
export function rescheduleWithBlocks(
  db: Database,
  appt: AppointmentRow,
  move: {
    start_at: string;
    end_at: string;
    provider_id: string;
    location_id: string;
    room_id: string | null;
  },
  blocks: BookingBlocks,
): Promise<BookingOutcome> {
  return settle(() =>
    db.transaction().execute(async (trx) => {
      await lockOwners(trx, [...ownersOf(appt), ...ownersOf({ ...appt, ...move })]);
      await releaseBlocks(trx, appt.id);
      await trx
        .updateTable('appointments')
        .set({ ...move, override_reason: null, ics_sequence: nextIcsSequence })
        .where('id', '=', appt.id)
        .execute();
      await claimAll(trx, { ...appt, ...move, override_reason: null }, blocks);
    }),
  );
}

/** Cancels an appointment and frees its blocks, so the time can be booked again at once. */
export async function cancelAppointmentRow(
  db: Database,
  id: string,
  change: { cancel_reason: string; cancelled_at: string; late_cancel: number },
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('appointments')
      .select(['provider_id', 'patient_id', 'room_id'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (row) await lockOwners(trx, ownersOf(row));
    await releaseBlocks(trx, id);
    await trx
      .updateTable('appointments')
      .set({ ...change, status: 'cancelled', ics_sequence: nextIcsSequence })
      .where('id', '=', id)
      .execute();
  });
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
/** Appointments with the names a view shows (patient, provider, location, visit type, room) and their intake and encounter. */
function appointmentViews(db: Database) {
  return db
    .selectFrom('appointments as a')
    .innerJoin('patients as p', 'p.id', 'a.patient_id')
    .innerJoin('users as u', 'u.id', 'a.provider_id')
    .innerJoin('locations as l', 'l.id', 'a.location_id')
    .innerJoin('visit_types as v', 'v.id', 'a.visit_type')
    .leftJoin('intakes as i', 'i.appointment_id', 'a.id')
    .leftJoin('encounters as e', 'e.appointment_id', 'a.id')
    .leftJoin('rooms as r', 'r.id', 'a.room_id')
    .selectAll('a')
    .select([
      'p.given_name',
      'p.family_name',
      'u.display_name as provider_name',
      'l.name as location_name',
      'l.time_zone',
      'v.name as visit_type_name',
      'i.id as intake_id',
      'i.red_flags_json as intake_red_flags_json',
      'e.id as encounter_id',
      'e.status as encounter_status',
      'r.name as room_name',
    ]);
}

/** One appointment as a view, read by its id (no sort: SQLite's sorter costs more than reading the row). */
export function findAppointmentView(db: Database, id: string) {
  return appointmentViews(db).where('a.id', '=', id).executeTakeFirst();
}

export function listAppointmentViews(db: Database, f: AppointmentFilter) {
  let q = appointmentViews(db);
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

/** Live visits starting in [from, to) whose reminder has not gone out yet. */
export function appointmentsDueForReminder(db: Database, from: string, to: string) {
  return db
    .selectFrom('appointments')
    .select('id')
    .where('status', '=', 'booked')
    .where('reminder_sent_at', 'is', null)
    .where('start_at', '>=', from)
    .where('start_at', '<', to)
    .orderBy('start_at')
    .limit(500)
    .execute();
}

/** Marks a reminder sent; false when another worker already did (so each visit gets one reminder). */
export async function markReminderSent(db: Database, id: string, at: string): Promise<boolean> {
  const r = await db
    .updateTable('appointments')
    .set({ reminder_sent_at: at })
    .where('id', '=', id)
    .where('reminder_sent_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}
