// The durable-write yardstick on PostgreSQL, as a server of its own (WORKERS processes sharing PORT, like the clinic's
// `WORKERS=N`): bare Fastify and raw `pg`, and for each booking the session check, the visit type's length, then
// ONE statement that inserts the audit row, the appointment and its provider and patient blocks (one round trip, one
// commit). It checks nothing else, so a clinic booking, which does all this and more, cannot beat it.
// Started by bench/run-postgres.ts: DATABASE_URL=… PORT=… WORKERS=2 node --import tsx bench/ceiling-pg.ts
import cluster from 'node:cluster';
import { createHash, randomUUID } from 'node:crypto';
import Fastify from 'fastify';
import pg from 'pg';
import { formatEpochMs } from '@omt/domain';
import { Body } from './ceiling';

const BLOCK_MS = 15 * 60_000;

const workers = Number(process.env.WORKERS ?? 1);
if (cluster.isPrimary && workers > 1) {
  for (let i = 0; i < workers; i++) cluster.fork();
  process.on('SIGTERM', () => {
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
    process.exit(0);
  });
} else {
  const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
  const app = Fastify();
  app.get('/ready', () => ({ ok: true }));
  app.post('/book', async (req, reply) => {
    const now = formatEpochMs(Date.now());
    const bearer = (req.headers.authorization ?? '').slice('Bearer '.length);
    const session = await pool.query<{ id: string; role: string }>(
      'select u.id, u.role from sessions s join users u on u.id = s.user_id where s.id = $1 and s.expires_at > $2',
      [createHash('sha256').update(bearer).digest('hex'), now],
    );
    const user = session.rows[0];
    if (!user) return reply.status(401).send({ code: 'unauthenticated' });
    const b = Body.parse(req.body);
    const type = await pool.query<{ duration_minutes: number }>(
      'select duration_minutes from visit_types where id = $1',
      [b.visitType],
    );
    const minutes = type.rows[0]?.duration_minutes;
    if (!minutes) return reply.status(400).send({ field: 'visitType' });
    const startMs = Date.parse(b.start);
    const start = formatEpochMs(startMs);
    const end = formatEpochMs(startMs + minutes * 60_000);
    const blocks: string[] = [];
    for (let t = startMs; t < startMs + minutes * 60_000; t += BLOCK_MS) blocks.push(formatEpochMs(t));
    const id = randomUUID();
    try {
      await pool.query(
        `with audit as (
           insert into audit_log (at, user_id, role, action, patient_id, resource_type, resource_id, outcome)
           values ($1, $2, $3, 'appointment.write', $4, 'appointment', $5, 'allowed')),
         appointment as (
           insert into appointments (id, patient_id, provider_id, location_id, visit_type, start_at, end_at, status,
             created_by, created_at) values ($5, $4, $6, $7, $8, $9, $10, 'booked', $2, $1)),
         provider as (insert into provider_blocks select $6, unnest($11::text[]), $5)
         insert into patient_blocks select $4, unnest($11::text[]), $5`,
        [
          now,
          user.id,
          user.role,
          b.patientId,
          id,
          b.providerId,
          b.locationId,
          b.visitType,
          start,
          end,
          blocks,
        ],
      );
    } catch {
      return reply.status(409).send({ code: 'slot_taken' });
    }
    return reply
      .status(201)
      .send({ id, ...b, start, end, status: 'booked', createdBy: user.id, createdAt: now });
  });
  await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
  process.on(
    'SIGTERM',
    () =>
      void app
        .close()
        .then(() => pool.end())
        .then(() => process.exit(0)),
  );
}
