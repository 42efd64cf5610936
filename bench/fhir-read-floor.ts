// The least an audited patient read can do on this machine and stack, as a floor for the clinic's FHIR and REST
// reads: bare Fastify (no hooks), raw prepared better-sqlite3 statements on the same database file, and only
// (a) the session row and its user looked up by the token's SHA-256, (b) one audit row inserted and committed before
// the answer, (c) the patient's row selected and sent as JSON. No policy, no FHIR mapping, no meta, no headers.
// `together`: the audit rows asked for in one event-loop turn share one insert's commit, as the clinic's reads do
// (server/src/audit/audit-batch.ts); else each read commits its own row. `inside`: the same route registered on an
// app not yet started (the clinic's, with its hooks) instead of a bare Fastify.
import { createHash } from 'node:crypto';
import SQLite from 'better-sqlite3';
import Fastify, { type FastifyInstance } from 'fastify';
import { throughput } from './throughput';

interface AuditRow {
  userId: string;
  role: string;
  patientId: string;
}

/** Commits the rows of one event-loop turn in one transaction; each caller waits for that commit. */
function turnCommitter(db: SQLite.Database, insert: SQLite.Statement, at: string) {
  let open: { rows: AuditRow[]; written: Promise<void> } | null = null;
  const writeAll = db.transaction((rows: AuditRow[]) => {
    for (const r of rows) insert.run(at, r.userId, r.role, r.patientId, r.patientId);
  });
  return (row: AuditRow): Promise<void> => {
    if (!open) {
      const batch: { rows: AuditRow[]; written: Promise<void> } = {
        rows: [],
        written: new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
          open = null;
          writeAll(batch.rows);
        }),
      };
      open = batch;
    }
    open.rows.push(row);
    return open.written;
  };
}

/** Reads per second of the floor over `ids` in turn, as the session of `token`, on the SQLite database `file`. */
export async function readFloor(
  file: string,
  now: string,
  token: string,
  ids: readonly string[],
  { together, inside }: { together: boolean; inside?: FastifyInstance },
) {
  const db = new SQLite(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  const session = db.prepare(
    `select u.id, u.role from sessions s join users u on u.id = s.user_id
     where s.id = ? and s.expires_at > ? and u.status = 'active'`,
  );
  const audit = db.prepare(
    `insert into audit_log (at, user_id, role, action, patient_id, resource_type, resource_id, outcome)
     values (?, ?, ?, 'demographics.read', ?, 'fhir.Patient', ?, 'allowed')`,
  );
  const patient = db.prepare('select * from patients where id = ?');
  const auditTogether = turnCommitter(db, audit, now);

  const app = inside ?? Fastify();
  app.get<{ Params: { id: string } }>('/floor/Patient/:id', async (req, reply) => {
    const bearer = (req.headers.authorization ?? '').slice('Bearer '.length);
    const user = session.get(createHash('sha256').update(bearer).digest('hex'), now) as
      { id: string; role: string } | undefined;
    if (!user) return reply.status(401).send({ code: 'unauthenticated' });
    const row = { userId: user.id, role: user.role, patientId: req.params.id };
    if (together) await auditTogether(row);
    else audit.run(now, row.userId, row.role, row.patientId, row.patientId);
    const found = patient.get(req.params.id);
    if (!found) return reply.status(404).send({ code: 'not_found' });
    return found;
  });
  const result = await throughput(app, (i) => ({
    method: 'GET',
    url: `/floor/Patient/${ids[i % ids.length]}`,
    headers: { authorization: `Bearer ${token}` },
  }));
  if (!inside) await app.close();
  db.close();
  return result;
}
