import type { Database } from '../connection';
import type { NewAudit } from '../schema';

/** Writes audit rows, several in one statement when a list was read. */
export async function insertAudit(db: Database, rows: NewAudit | NewAudit[]): Promise<void> {
  if (Array.isArray(rows) && !rows.length) return;
  await db.insertInto('audit_log').values(rows).execute();
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
