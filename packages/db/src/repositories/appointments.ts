import { PostgresAdapter, sql } from 'kysely';
import type { Database } from '../connection';
import { isUniqueViolation } from '../connection';
import type { AppointmentRow, NewAppointment } from '../schema';
import {
  ENDED_STATUSES,
  insertAppointmentRow,
  insertBlockRows,
  type BlockKind,
} from './appointment-statements';

export { ENDED_STATUSES, providerVisitsBetween } from './appointment-statements';

/** An appointment as booked: the columns a new visit is given (its sequence and late flag take their defaults). */
export type BookedAppointment = Omit<NewAppointment, 'late_cancel' | 'ics_sequence'>;

/**
 * `rooms`: the room each visit took (null for none), in the order given. `status`: the visit is no longer in a status
 * the change applies to (say, cancelled meanwhile).
 */
export type BookingOutcome =
  { ok: true; rooms: (string | null)[] } | { ok: false; conflict: BlockKind | 'status' };

class BlockConflict extends Error {
  constructor(readonly kind: BlockKind | 'status') {
    super(`${kind} conflict`);
  }
}

/**
 * The rooms a visit may take, best first. The transaction takes the first whose blocks are still free, so two
 * bookings racing for a location's first table end on two tables; with none free it is a room conflict, unless
 * `orNone` (a staff override goes ahead without a room).
 */
export interface RoomChoice {
  rooms: string[];
  orNone: boolean;
}

type Trx = Parameters<Parameters<ReturnType<Database['transaction']>['execute']>[0]>[0];

async function claimBlocks(
  trx: Trx,
  kind: BlockKind,
  owner: string,
  appointmentId: string,
  blocks: string[],
): Promise<void> {
  if (!blocks.length) return;
  try {
    await insertBlockRows(trx, kind, owner, appointmentId, blocks);
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
  row: Pick<NewAppointment, 'id' | 'provider_id' | 'patient_id' | 'override_reason'>,
  roomId: string | null,
  blocks: BookingBlocks,
) {
  const withBuffer = [...blocks.visit, ...blocks.buffer];
  if (!row.override_reason) await claimBlocks(trx, 'provider', row.provider_id, row.id, withBuffer);
  await claimBlocks(trx, 'patient', row.patient_id, row.id, blocks.visit);
  if (roomId) await claimBlocks(trx, 'room', roomId, row.id, withBuffer);
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

function ownersOf(
  row: { provider_id: string; patient_id: string; room_id?: string | null },
  choice?: RoomChoice,
): string[] {
  return [row.provider_id, row.patient_id, ...(row.room_id ? [row.room_id] : []), ...(choice?.rooms ?? [])];
}

/**
 * The first room of the choice with none of the blocks taken, read inside the transaction: after the room locks
 * on PostgreSQL, and in SQLite's one writer at a time, so a room claimed meanwhile is seen and skipped.
 */
async function pickRoom(trx: Trx, choice: RoomChoice | undefined, fallback: string | null, blocks: string[]) {
  if (!choice) return fallback;
  const taken = choice.rooms.length
    ? await trx
        .selectFrom('room_blocks')
        .select('room_id')
        .distinct()
        .where('room_id', 'in', choice.rooms)
        .where('block_start', 'in', blocks)
        .execute()
    : [];
  const busy = new Set(taken.map((r) => r.room_id));
  const free = choice.rooms.find((r) => !busy.has(r));
  if (free) return free;
  if (choice.orNone) return null;
  throw new BlockConflict('room');
}

const allBlocks = (blocks: BookingBlocks) => [...blocks.visit, ...blocks.buffer];

/** A move or a cancellation is a new revision of the visit's calendar invitation (RFC 5546 SEQUENCE). */
const nextIcsSequence = sql<number>`ics_sequence + 1`;

async function releaseBlocks(trx: Trx, appointmentId: string): Promise<void> {
  await trx.deleteFrom('provider_blocks').where('appointment_id', '=', appointmentId).execute();
  await trx.deleteFrom('patient_blocks').where('appointment_id', '=', appointmentId).execute();
  await trx.deleteFrom('room_blocks').where('appointment_id', '=', appointmentId).execute();
}

async function settle(work: () => Promise<(string | null)[]>): Promise<BookingOutcome> {
  try {
    return { ok: true, rooms: await work() };
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
  row: BookedAppointment,
  blocks: BookingBlocks,
  rooms?: RoomChoice,
): Promise<BookingOutcome> {
  return insertSeriesWithBlocks(db, [{ row, blocks, rooms }]);
}

/**
 * Books several appointments in one transaction: all of them, or (on any block conflict) none. A row with a
 * room choice takes the first of its rooms still free then; without one it takes its `room_id`.
 */
export function insertSeriesWithBlocks(
  db: Database,
  rows: { row: BookedAppointment; blocks: BookingBlocks; rooms?: RoomChoice | undefined }[],
): Promise<BookingOutcome> {
  return settle(() =>
    db.transaction().execute(async (trx) => {
      await lockOwners(
        trx,
        rows.flatMap(({ row, rooms }) => ownersOf(row, rooms)),
      );
      const taken: (string | null)[] = [];
      for (const { row, blocks, rooms } of rows) {
        const room = await pickRoom(trx, rooms, row.room_id ?? null, allBlocks(blocks));
        await insertAppointmentRow(trx, row, room);
        await claimAll(trx, row, room, blocks);
        taken.push(room);
      }
      return taken;
    }),
  );
}

/**
 * Moves a booked appointment to a new time in one transaction: old blocks released, new ones claimed, or nothing
 * changes. Its status is checked inside that transaction (after the locks), so a visit cancelled meanwhile is not
 * moved and never gets blocks back (conflict `status`).
 */
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
  rooms?: RoomChoice,
): Promise<BookingOutcome> {
  return settle(() =>
    db.transaction().execute(async (trx) => {
      await lockOwners(trx, [...ownersOf(appt), ...ownersOf({ ...appt, ...move }, rooms)]);
      await releaseBlocks(trx, appt.id);
      const moved = { ...move, room_id: await pickRoom(trx, rooms, move.room_id, allBlocks(blocks)) };
      const r = await trx
        .updateTable('appointments')
        .set({ ...moved, override_reason: null, ics_sequence: nextIcsSequence })
        .where('id', '=', appt.id)
        .where('status', '=', 'booked')
        .executeTakeFirst();
      if (!Number(r.numUpdatedRows)) throw new BlockConflict('status');
      await claimAll(trx, { ...appt, ...moved, override_reason: null }, moved.room_id, blocks);
      return [moved.room_id];
    }),
  );
}

/** Statuses in which a visit holds its time: held for a waitlisted patient, booked, or checked in. */
export const LIVE_STATUSES = ['held', 'booked', 'checked_in'] as const;

type Closing = { status: (typeof ENDED_STATUSES)[number] } & Partial<
  Pick<AppointmentRow, 'cancel_reason' | 'cancelled_at' | 'late_cancel'>
>;

/**
 * Ends a visit that will not take place (cancelled, no-show) and frees its blocks in one transaction, only if it is
 * still in one of the `from` statuses then (read after the locks); the patch may depend on the row as it is then
 * (a late cancellation by its start). `alongside` is a change that must happen in the same transaction (the
 * waitlist entry of a hold); when it answers false, nothing changes. Returns the row as it was, or undefined when it
 * is missing, no longer in `from`, or `alongside` refused.
 */
export async function closeAppointment(
  db: Database,
  id: string,
  from: readonly string[],
  patch: (row: AppointmentRow) => Closing,
  alongside?: (trx: Database) => Promise<boolean>,
): Promise<AppointmentRow | undefined> {
  try {
    return await closeInTransaction(db, id, from, patch, alongside);
  } catch (error) {
    if (error instanceof BlockConflict) return undefined; // `alongside` refused: the transaction rolled back
    throw error;
  }
}

/** Takes the locks of a visit's provider, patient and room (PostgreSQL); false when there is no such visit. */
async function lockVisitOwners(trx: Trx, id: string): Promise<boolean> {
  const owners = await trx
    .selectFrom('appointments')
    .select(['provider_id', 'patient_id', 'room_id'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!owners) return false;
  await lockOwners(trx, ownersOf(owners));
  return true;
}

function closeInTransaction(
  db: Database,
  id: string,
  from: readonly string[],
  patch: (row: AppointmentRow) => Closing,
  alongside?: (trx: Database) => Promise<boolean>,
): Promise<AppointmentRow | undefined> {
  return db.transaction().execute(async (trx) => {
    if (!(await lockVisitOwners(trx, id))) return undefined;
    const row = await trx.selectFrom('appointments').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row || !from.includes(row.status)) return undefined;
    const change = patch(row);
    const r = await trx
      .updateTable('appointments')
      .set({ ...change, ...(change.status === 'cancelled' ? { ics_sequence: nextIcsSequence } : {}) })
      .where('id', '=', id)
      .where('status', '=', row.status)
      .executeTakeFirst();
    if (!Number(r.numUpdatedRows)) return undefined;
    await releaseBlocks(trx, id);
    if (alongside && !(await alongside(trx))) throw new BlockConflict('status');
    return row;
  });
}

type CancelChange = { cancel_reason: string; cancelled_at: string; late_cancel: number };

/**
 * Cancels a live appointment (by default in any of LIVE_STATUSES) and frees its blocks, so the time can be booked
 * again at once. Returns the row as it was, or undefined when it was not live (nothing changes then).
 */
export function cancelAppointmentRow(
  db: Database,
  id: string,
  change: CancelChange | ((row: AppointmentRow) => CancelChange),
  from: readonly string[] = LIVE_STATUSES,
): Promise<AppointmentRow | undefined> {
  return closeAppointment(db, id, from, (row) => ({
    ...(typeof change === 'function' ? change(row) : change),
    status: 'cancelled',
  }));
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
export function appointmentViews(db: Database) {
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
      'p.birth_date as patient_birth_date',
      'u.display_name as provider_name',
      'l.name as location_name',
      'l.time_zone',
      'v.name as visit_type_name',
      'v.name_es as visit_type_name_es',
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

/**
 * No visit lasts a day (visit types run 5–240 minutes, rest times at most 120), so a visit ending after `from`
 * started less than a day before it. Bounding the start too lets the (location | provider | patient | room, start)
 * indexes read only the window's visits instead of every earlier one (a location's desk day read all its past visits).
 */
const LONGER_THAN_ANY_VISIT_MS = 86_400_000;

export const earliestStartEndingAfter = (from: string) =>
  new Date(Date.parse(from) - LONGER_THAN_ANY_VISIT_MS).toISOString().replace(/\.\d{3}Z$/, 'Z');

export function listAppointmentViews(db: Database, f: AppointmentFilter) {
  let q = appointmentViews(db);
  if (f.ids) q = q.where('a.id', 'in', f.ids.length ? f.ids : ['']);
  if (f.patientIds) q = q.where('a.patient_id', 'in', f.patientIds.length ? f.patientIds : ['']);
  if (f.providerId) q = q.where('a.provider_id', '=', f.providerId);
  if (f.locationId) q = q.where('a.location_id', '=', f.locationId);
  if (f.from) q = q.where('a.end_at', '>', f.from).where('a.start_at', '>', earliestStartEndingAfter(f.from));
  if (f.to) q = q.where('a.start_at', '<', f.to);
  return q.orderBy('a.start_at').limit(500).execute();
}

export type AppointmentView = Awaited<ReturnType<typeof listAppointmentViews>>[number];

export function findAppointment(db: Database, id: string): Promise<AppointmentRow | undefined> {
  return db.selectFrom('appointments').selectAll().where('id', '=', id).executeTakeFirst();
}

/**
 * Runs a status change under the visit's owners' locks (PostgreSQL), as cancellations and moves take them, so a
 * cancellation that read the visit before this change still finds it as it read it; true when a row changed.
 */
function changeUnderLocks(
  db: Database,
  id: string,
  update: (trx: Trx) => Promise<{ numUpdatedRows: bigint }>,
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    if (!(await lockVisitOwners(trx, id))) return false;
    return Number((await update(trx)).numUpdatedRows) > 0;
  });
}

/**
 * Sets a visit's status; given `from`, only if it is in one of those then (false when it was not). A visit that
 * will not take place is ended with closeAppointment instead, which frees its blocks.
 */
export async function setAppointmentStatus(
  db: Database,
  id: string,
  status: string,
  from?: readonly string[],
): Promise<boolean> {
  return changeUnderLocks(db, id, (trx) =>
    trx
      .updateTable('appointments')
      .set({ status })
      .where('id', '=', id)
      .$if(from !== undefined, (q) => q.where('status', 'in', from?.length ? from : ['']))
      .executeTakeFirst(),
  );
}

/**
 * Takes a check-in back (checked in → booked), only while the visit is checked in and no note of it is signed;
 * false when either no longer holds (a no-show, cancellation or signature came first).
 */
export async function undoCheckInRow(db: Database, id: string): Promise<boolean> {
  return changeUnderLocks(db, id, (trx) =>
    trx
      .updateTable('appointments')
      .set({ status: 'booked' })
      .where('id', '=', id)
      .where('status', '=', 'checked_in')
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('encounters')
              .select('encounters.id')
              .whereRef('encounters.appointment_id', '=', 'appointments.id')
              .where('encounters.status', '!=', 'draft'),
          ),
        ),
      )
      .executeTakeFirst(),
  );
}

/** Whether a note of the visit is signed (any encounter of it past draft). */
export async function hasSignedNote(db: Database, appointmentId: string): Promise<boolean> {
  const row = await db
    .selectFrom('encounters')
    .select('id')
    .where('appointment_id', '=', appointmentId)
    .where('status', '!=', 'draft')
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Whether the patient has a consultation that starts before `before` and that took or will take place:
 * a cancelled or missed (no-show) consultation, or a waitlist hold not yet accepted, does not count.
 */
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
    .where('status', 'not in', [...ENDED_STATUSES, 'held'])
    .where('start_at', '<', before)
    .executeTakeFirst();
  return row !== undefined;
}

/** Live visits starting in [from, to) whose reminder has not gone out yet. */
export function appointmentsDueForReminder(db: Database, from: string, to: string) {
  return db
    .selectFrom('appointments')
    .select(['id', 'start_at'])
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
