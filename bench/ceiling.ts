// The fastest a booking could be on this machine and stack, as a yardstick for the clinic's own figure: bare
// Fastify, raw prepared better-sqlite3 statements on the same database, the writes of one event-loop turn
// committed together, and no checkpoints at all. It writes the rows a clinic booking must make durable (the
// audit row, the appointment, its provider and patient blocks) and checks nothing but the session and the
// body. The clinic does everything this does and more, so it cannot beat this figure.
import { createHash, randomUUID } from 'node:crypto';
import SQLite from 'better-sqlite3';
import Fastify from 'fastify';
import { z } from 'zod';
import { formatEpochMs } from '@omt/domain';
import { throughput } from './throughput';

const BLOCK_MS = 15 * 60_000;

/** A booking's body, as both yardsticks (this one and bench/ceiling-pg.ts) read it. */
export const Body = z.object({
  patientId: z.string().min(1),
  visitType: z.string().min(1),
  providerId: z.string().min(1),
  locationId: z.string().min(1),
  start: z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'an ISO instant'),
});
export type CeilingBooking = z.infer<typeof Body>;

/** Runs `work` inside the open group (a savepoint each) and resolves once the group has committed. */
function groupCommitter(db: SQLite.Database) {
  let waiting: (() => void)[] | null = null;
  const commit = () => {
    db.exec('commit');
    const done = waiting ?? [];
    waiting = null;
    for (const resolve of done) resolve();
  };
  return (work: () => void): Promise<void> => {
    if (!waiting) {
      db.exec('begin immediate');
      waiting = [];
      setImmediate(commit);
    }
    db.exec('savepoint booking');
    try {
      work();
      db.exec('release booking');
    } catch (error) {
      db.exec('rollback to booking');
      db.exec('release booking');
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
    return new Promise((resolve) => waiting?.push(resolve));
  };
}

/** Bookings per second of the yardstick, on the database `file` as it stands at `now` (the benchmark's clock). */
export async function bookingCeiling(
  file: string,
  now: string,
  token: string,
  booking: (i: number) => CeilingBooking,
) {
  const db = new SQLite(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('wal_autocheckpoint = 0');
  const session = db.prepare(
    'select u.id, u.role from sessions s join users u on u.id = s.user_id where s.id = ? and s.expires_at > ?',
  );
  const visitType = db.prepare('select duration_minutes from visit_types where id = ?');
  const audit = db.prepare(
    `insert into audit_log (at, user_id, role, action, patient_id, resource_type, resource_id, outcome)
     values (?, ?, ?, 'appointment.write', ?, 'appointment', ?, 'allowed')`,
  );
  const appointment = db.prepare(
    `insert into appointments (id, patient_id, provider_id, location_id, visit_type, start_at, end_at, status,
     created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, 'booked', ?, ?)`,
  );
  const providerBlock = db.prepare('insert into provider_blocks values (?, ?, ?)');
  const patientBlock = db.prepare('insert into patient_blocks values (?, ?, ?)');
  const inGroup = groupCommitter(db);

  const app = Fastify();
  app.post('/book', async (req, reply) => {
    const bearer = (req.headers.authorization ?? '').slice('Bearer '.length);
    const user = session.get(createHash('sha256').update(bearer).digest('hex'), now) as
      { id: string; role: string } | undefined;
    if (!user) return reply.status(401).send({ code: 'unauthenticated' });
    const b = Body.parse(req.body);
    const minutes = (visitType.get(b.visitType) as { duration_minutes: number } | undefined)
      ?.duration_minutes;
    if (!minutes) return reply.status(400).send({ field: 'visitType' });
    const startMs = Date.parse(b.start);
    const start = formatEpochMs(startMs);
    const end = formatEpochMs(startMs + minutes * 60_000);
    const id = randomUUID();
    try {
      await inGroup(() => {
        audit.run(now, user.id, user.role, b.patientId, id);
        appointment.run(id, b.patientId, b.providerId, b.locationId, b.visitType, start, end, user.id, now);
        for (let t = startMs; t < startMs + minutes * 60_000; t += BLOCK_MS) {
          const block = formatEpochMs(t);
          providerBlock.run(b.providerId, block, id);
          patientBlock.run(b.patientId, block, id);
        }
      });
    } catch {
      return reply.status(409).send({ code: 'slot_taken' });
    }
    return reply
      .status(201)
      .send({ id, ...b, start, end, status: 'booked', createdBy: user.id, createdAt: now });
  });
  const result = await throughput(app, (i) => ({
    method: 'POST',
    url: '/book',
    headers: { authorization: `Bearer ${token}` },
    payload: booking(i),
  }));
  await app.close();
  db.close();
  return result;
}
