import type { CompiledQuery } from 'kysely';
import type { Database } from '../connection';
import { preparedQuery } from '../prepared-query';
import type { NewAppointment } from '../schema';

// A booking's statements, built and compiled by Kysely once per dialect and then only bound (bench/README.md,
// "Booking"): building a query costs more than SQLite takes to run one of these.

/**
 * Statuses of a visit that will not take place (cancelled, no-show): it holds no blocks, so nothing that asks
 * whether a time is free (availability, rooms) counts it. A completed visit did take its time.
 */
export const ENDED_STATUSES = ['cancelled', 'no_show'] as const;

/**
 * One provider's live visits starting in (after, before) and ending after `endsAfter`: what a booking's open-slot
 * check reads (through the provider's index on its start).
 */
export const providerVisitsBetween = preparedQuery(
  (db: Database, providerId: string, after: string, before: string, endsAfter: string) =>
    db
      .selectFrom('appointments')
      .select(['id', 'provider_id', 'start_at', 'end_at', 'visit_type'])
      .where('provider_id', '=', providerId)
      .where('status', 'not in', ENDED_STATUSES)
      .where('start_at', '>', after)
      .where('start_at', '<', before)
      .where('end_at', '>', endsAfter),
);

const insertRow = preparedQuery(
  (
    db: Database,
    id: string,
    patientId: string,
    providerId: string,
    locationId: string,
    visitType: string,
    startAt: string,
    endAt: string,
    status: string,
    createdBy: string,
    createdAt: string,
    cancelReason: string | null,
    cancelledAt: string | null,
    overrideReason: string | null,
    reminderSentAt: string | null,
    roomId: string | null,
  ) =>
    db.insertInto('appointments').values({
      id,
      patient_id: patientId,
      provider_id: providerId,
      location_id: locationId,
      visit_type: visitType,
      start_at: startAt,
      end_at: endAt,
      status,
      created_by: createdBy,
      created_at: createdAt,
      cancel_reason: cancelReason,
      cancelled_at: cancelledAt,
      override_reason: overrideReason,
      reminder_sent_at: reminderSentAt,
      room_id: roomId,
    }),
);

/**
 * Inserts an appointment in `roomId` (the row's own `room_id` is not read); the columns left out take their defaults
 * (a new visit's sequence and late flag).
 */
export async function insertAppointmentRow(
  db: Database,
  r: Omit<NewAppointment, 'late_cancel' | 'ics_sequence'>,
  roomId: string | null,
): Promise<void> {
  await insertRow(
    db,
    r.id,
    r.patient_id,
    r.provider_id,
    r.location_id,
    r.visit_type,
    r.start_at,
    r.end_at,
    r.status,
    r.created_by,
    r.created_at,
    r.cancel_reason ?? null,
    r.cancelled_at ?? null,
    r.override_reason ?? null,
    r.reminder_sent_at ?? null,
    roomId,
  );
}

export type BlockKind = 'provider' | 'patient' | 'room';

function buildBlockInsert(
  db: Database,
  kind: BlockKind,
  owner: string,
  appointmentId: string,
  blocks: string[],
) {
  switch (kind) {
    case 'provider':
      return db
        .insertInto('provider_blocks')
        .values(blocks.map((b) => ({ provider_id: owner, block_start: b, appointment_id: appointmentId })));
    case 'patient':
      return db
        .insertInto('patient_blocks')
        .values(blocks.map((b) => ({ patient_id: owner, block_start: b, appointment_id: appointmentId })));
    case 'room':
      return db
        .insertInto('room_blocks')
        .values(blocks.map((b) => ({ room_id: owner, block_start: b, appointment_id: appointmentId })));
  }
}

/** Compiled block inserts per dialect adapter, by kind and number of blocks. */
const compiledBlocks = new WeakMap<object, Map<string, CompiledQuery>>();

/**
 * Claims `blocks` of one owner for an appointment in one statement. Its SQL depends on the kind and the number of
 * blocks alone, so it is compiled once per both (and dialect); the first compile checks that every value is bound, in
 * the order given here, so a later call only binds new ones.
 */
export async function insertBlockRows(
  db: Database,
  kind: BlockKind,
  owner: string,
  appointmentId: string,
  blocks: string[],
): Promise<void> {
  const parameters = blocks.flatMap((b) => [owner, b, appointmentId]);
  const adapter = db.getExecutor().adapter;
  let byShape = compiledBlocks.get(adapter);
  if (!byShape) compiledBlocks.set(adapter, (byShape = new Map<string, CompiledQuery>()));
  const shape = `${kind}:${blocks.length}`;
  let query = byShape.get(shape);
  if (!query) {
    query = buildBlockInsert(db, kind, owner, appointmentId, blocks).compile();
    const bound = query.parameters;
    if (bound.length !== parameters.length || bound.some((p, i) => p !== parameters[i])) {
      throw new Error(`a ${kind} block insert does not bind its values in order`);
    }
    byShape.set(shape, query);
  }
  await db.executeQuery({ ...query, parameters });
}
