import type { Database } from '@omt/db';

/** Statuses of a visit that is over without taking place: it must hold no provider, patient or room block. */
const DEAD = ['cancelled', 'no_show'];

/** Every block still held by a cancelled or no-show visit (a declined waitlist hold is cancelled), as `table:id`. */
export async function deadVisitBlocks(db: Database): Promise<string[]> {
  const [provider, patient, room] = await Promise.all([
    db
      .selectFrom('provider_blocks as b')
      .innerJoin('appointments as a', 'a.id', 'b.appointment_id')
      .select('a.id')
      .where('a.status', 'in', DEAD)
      .execute(),
    db
      .selectFrom('patient_blocks as b')
      .innerJoin('appointments as a', 'a.id', 'b.appointment_id')
      .select('a.id')
      .where('a.status', 'in', DEAD)
      .execute(),
    db
      .selectFrom('room_blocks as b')
      .innerJoin('appointments as a', 'a.id', 'b.appointment_id')
      .select('a.id')
      .where('a.status', 'in', DEAD)
      .execute(),
  ]);
  return [
    ...provider.map((r) => `provider_blocks:${r.id}`),
    ...patient.map((r) => `patient_blocks:${r.id}`),
    ...room.map((r) => `room_blocks:${r.id}`),
  ];
}
