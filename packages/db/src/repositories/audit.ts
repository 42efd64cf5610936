import type { Database } from '../connection';
import type { NewAudit } from '../schema';
import { preparedQuery } from '../prepared-query';

const insertOne = preparedQuery(
  (
    db: Database,
    at: string,
    userId: string | null,
    role: string | null,
    action: string,
    patientId: string | null,
    resourceType: string,
    resourceId: string | null,
    outcome: string,
    detail: string | null,
  ) =>
    db.insertInto('audit_log').values({
      at,
      user_id: userId,
      role,
      action,
      patient_id: patientId,
      resource_type: resourceType,
      resource_id: resourceId,
      outcome,
      detail,
    }),
);

/** Writes audit rows, several in one statement when a list was read (one row: a statement compiled once). */
export async function insertAudit(db: Database, rows: NewAudit | NewAudit[]): Promise<void> {
  const list = Array.isArray(rows) ? rows : [rows];
  const [r] = list;
  if (!r) return;
  if (list.length > 1) {
    await db.insertInto('audit_log').values(list).execute();
    return;
  }
  await insertOne(
    db,
    r.at,
    r.user_id ?? null,
    r.role ?? null,
    r.action,
    r.patient_id ?? null,
    r.resource_type,
    r.resource_id ?? null,
    r.outcome,
    r.detail ?? null,
  );
}

/** One page of the audit log, newest first, with the acting user's email. */
export async function pageAudit(
  db: Database,
  opts: { page: number; pageSize: number; patientId?: string | undefined },
) {
  let base = db.selectFrom('audit_log');
  if (opts.patientId) base = base.where('audit_log.patient_id', '=', opts.patientId);
  const total = await base
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow()
    .then((r) => Number(r.n));
  const items = await base
    .leftJoin('users', 'users.id', 'audit_log.user_id')
    .selectAll('audit_log')
    .select('users.email as user_email')
    .orderBy('audit_log.id', 'desc')
    .limit(opts.pageSize)
    .offset((opts.page - 1) * opts.pageSize)
    .execute();
  return { total, items };
}
