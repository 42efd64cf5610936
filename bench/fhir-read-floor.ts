// The least an audited patient read can do on this machine and stack, as a floor for the clinic's FHIR and REST
// reads: bare Fastify (no hooks), raw prepared statements on the same database (better-sqlite3 on the SQLite file, or
// named statements on the bench's PostgreSQL pool), and only (a) the session row and its user looked up by the
// token's SHA-256, (b) one audit row inserted and committed before the answer, (c) the patient's row selected and sent
// as JSON. No policy, no FHIR mapping, no meta, no headers.
// `together`: the audit rows asked for in one event-loop turn share one insert's commit, as the clinic's reads do
// (server/src/audit/audit-batch.ts); else each read commits its own row. `inside`: the same route registered on an
// app not yet started (the clinic's, with its hooks) instead of a bare Fastify.
import { createHash } from 'node:crypto';
import SQLite from 'better-sqlite3';
import Fastify, { type FastifyInstance } from 'fastify';
import type pg from 'pg';
import { throughput } from './throughput';

interface AuditRow {
  at: string;
  userId: string;
  role: string;
  patientId: string;
}

/** The floor's three statements on one database; `auditAll` commits its rows at once. */
export interface FloorStatements {
  session(hash: string, now: string): Promise<{ id: string; role: string } | undefined>;
  auditAll(rows: AuditRow[]): Promise<void>;
  patient(id: string): Promise<unknown>;
  close(): void;
}

const SESSION = `select u.id, u.role from sessions s join users u on u.id = s.user_id
  where s.id = $1 and s.expires_at > $2 and u.status = 'active'`;
const AUDIT = `insert into audit_log (at, user_id, role, action, patient_id, resource_type, resource_id, outcome)
  values ($1, $2, $3, 'demographics.read', $4, 'fhir.Patient', $4, 'allowed')`;
const PATIENT = 'select * from patients where id = $1';

/** better-sqlite3 on the SQLite file (its own connection, as WAL allows), each statement prepared once. */
export function sqliteFloor(file: string): FloorStatements {
  const db = new SQLite(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  // better-sqlite3 binds `?` in order: each `$n` becomes one, its value taken from the n-th argument.
  const prepare = (text: string) => {
    const order = [...text.matchAll(/\$(\d)/g)].map((m) => Number(m[1]) - 1);
    const statement = db.prepare(text.replace(/\$\d/g, '?'));
    const bind = (args: unknown[]) => order.map((i) => args[i]);
    return {
      get: (...args: unknown[]) => statement.get(...bind(args)),
      run: (...args: unknown[]) => statement.run(...bind(args)),
    };
  };
  const session = prepare(SESSION);
  const audit = prepare(AUDIT);
  const patient = prepare(PATIENT);
  const writeAll = db.transaction((rows: AuditRow[]) => {
    for (const r of rows) audit.run(r.at, r.userId, r.role, r.patientId);
  });
  return {
    session: (hash, now) =>
      Promise.resolve(session.get(hash, now) as { id: string; role: string } | undefined),
    auditAll: (rows) => Promise.resolve(writeAll(rows)),
    patient: (id) => Promise.resolve(patient.get(id)),
    close: () => db.close(),
  };
}

/** Named (server-side prepared) statements on the bench's pool; a turn's audit rows in one multi-row insert. */
export function postgresFloor(pool: pg.Pool): FloorStatements {
  return {
    session: async (hash, now) =>
      (
        await pool.query<{ id: string; role: string }>({
          name: 'floor-session',
          text: SESSION,
          values: [hash, now],
        })
      ).rows[0],
    auditAll: async (rows) => {
      if (rows.length === 1) {
        const [r] = rows as [AuditRow];
        await pool.query({ name: 'floor-audit', text: AUDIT, values: [r.at, r.userId, r.role, r.patientId] });
        return;
      }
      const values = rows.flatMap((r) => [r.at, r.userId, r.role, r.patientId]);
      const tuples = rows.map(
        (_, i) => `($${4 * i + 1}, $${4 * i + 2}, $${4 * i + 3}, 'demographics.read', $${4 * i + 4},
          'fhir.Patient', $${4 * i + 4}, 'allowed')`,
      );
      await pool.query(
        `insert into audit_log (at, user_id, role, action, patient_id, resource_type, resource_id, outcome)
         values ${tuples.join(', ')}`,
        values,
      );
    },
    patient: async (id) =>
      (await pool.query<Record<string, unknown>>({ name: 'floor-patient', text: PATIENT, values: [id] }))
        .rows[0],
    close: () => undefined,
  };
}

/** Commits the rows of one event-loop turn together; each caller waits for that commit. */
function turnCommitter(writeAll: (rows: AuditRow[]) => Promise<void>) {
  let open: { rows: AuditRow[]; written: Promise<void> } | null = null;
  return (row: AuditRow): Promise<void> => {
    if (!open) {
      const batch: { rows: AuditRow[]; written: Promise<void> } = {
        rows: [],
        written: new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
          open = null;
          return writeAll(batch.rows);
        }),
      };
      open = batch;
    }
    open.rows.push(row);
    return open.written;
  };
}

/** Reads per second of the floor over `ids` in turn, as the session of `token`. */
export async function readFloor(
  statements: FloorStatements,
  now: string,
  token: string,
  ids: readonly string[],
  { together, inside }: { together: boolean; inside?: FastifyInstance },
) {
  const auditTogether = turnCommitter((rows) => statements.auditAll(rows));
  const app = inside ?? Fastify();
  app.get<{ Params: { id: string } }>('/floor/Patient/:id', async (req, reply) => {
    const bearer = (req.headers.authorization ?? '').slice('Bearer '.length);
    const user = await statements.session(createHash('sha256').update(bearer).digest('hex'), now);
    if (!user) return reply.status(401).send({ code: 'unauthenticated' });
    const row = { at: now, userId: user.id, role: user.role, patientId: req.params.id };
    await (together ? auditTogether(row) : statements.auditAll([row]));
    const found = await statements.patient(req.params.id);
    if (!found) return reply.status(404).send({ code: 'not_found' });
    return found;
  });
  const result = await throughput(app, (i) => ({
    method: 'GET',
    url: `/floor/Patient/${ids[i % ids.length]}`,
    headers: { authorization: `Bearer ${token}` },
  }));
  if (!inside) await app.close();
  return result;
}
