import { randomUUID } from 'node:crypto';
import type { Database, DialectName } from '../connection';
import type { JobRow, JobState } from '../schema-jobs';

export interface NewJob {
  kind: string;
  /** Unique across the store: a second enqueue with the same key is a no-op. Defaults to a fresh one. */
  key?: string;
  payload: unknown;
  runAt: string;
  maxAttempts: number;
  now: string;
}

/**
 * Adds a job, or nothing when its key is already in the store (whatever that job's state): true when added. Pass the
 * transaction of the change the job belongs to, so a rolled-back change enqueues nothing.
 */
export async function enqueueJob(db: Database, job: NewJob): Promise<boolean> {
  const id = randomUUID();
  const r = await db
    .insertInto('jobs')
    .values({
      id,
      kind: job.kind,
      key: job.key ?? `${job.kind}:${id}`,
      payload_json: JSON.stringify(job.payload),
      state: 'queued',
      max_attempts: job.maxAttempts,
      run_at: job.runAt,
      created_at: job.now,
      updated_at: job.now,
    })
    .onConflict((oc) => oc.column('key').doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
}

export interface ClaimOptions {
  now: string;
  /** Who claims (one id per runner): only the owner may finish the job. */
  owner: string;
  leaseUntil: string;
  limit: number;
}

/**
 * Claims up to `limit` due jobs for one runner: queued ones whose `run_at` has come, and running ones whose lease ran
 * out (their worker crashed). Each claim counts an attempt. PostgreSQL locks the rows it picks and skips rows another
 * runner holds (`FOR UPDATE SKIP LOCKED`); SQLite does it in one UPDATE … RETURNING (one writer at a time).
 */
export async function claimJobs(db: Database, dialect: DialectName, o: ClaimOptions): Promise<JobRow[]> {
  const due = (d: Database) =>
    d
      .selectFrom('jobs')
      .select('id')
      .where((eb) =>
        eb.or([
          eb.and([eb('state', '=', 'queued'), eb('run_at', '<=', o.now)]),
          eb.and([eb('state', '=', 'running'), eb('lease_until', '<=', o.now)]),
        ]),
      )
      .orderBy('run_at')
      .limit(o.limit);
  const claim = (d: Database, ids: ReturnType<typeof due> | string[]) =>
    d
      .updateTable('jobs')
      .set((eb) => ({
        state: 'running',
        lease_owner: o.owner,
        lease_until: o.leaseUntil,
        attempts: eb('attempts', '+', 1),
        updated_at: o.now,
      }))
      .where('id', 'in', ids)
      .returningAll()
      .execute();
  if (dialect === 'sqlite') return claim(db, due(db));
  return db.transaction().execute(async (trx) => {
    const rows = await due(trx).forUpdate().skipLocked().execute();
    if (!rows.length) return [];
    return claim(
      trx,
      rows.map((r) => r.id),
    );
  });
}

export interface JobOutcome {
  now: string;
  /** `done`; `queued` again at `runAt` (a retry, or a recurring job's next run); or `failed` for good. */
  state: Exclude<JobState, 'running'>;
  runAt?: string;
  error?: string | null;
  /** A recurring job starts counting its attempts anew after a run. */
  resetAttempts?: boolean;
}

/**
 * Ends the runner's claim on a job: false when the lease was lost meanwhile (it expired and another runner took the
 * job), so a slow runner never overwrites the newer claim. A finished job's payload is cleared (it may hold a sealed
 * link); the key stays, so the same key is never enqueued again.
 */
export async function finishJob(db: Database, id: string, owner: string, o: JobOutcome): Promise<boolean> {
  const r = await db
    .updateTable('jobs')
    .set({
      state: o.state,
      lease_owner: null,
      lease_until: null,
      updated_at: o.now,
      ...(o.runAt ? { run_at: o.runAt } : {}),
      ...(o.error !== undefined ? { last_error: o.error } : {}),
      ...(o.resetAttempts ? { attempts: 0 } : {}),
      ...(o.state === 'done' ? { payload_json: '{}' } : {}),
    })
    .where('id', '=', id)
    .where('state', '=', 'running')
    .where('lease_owner', '=', owner)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** Puts a failed job back in the queue to run at `now`, with its attempts counted anew: false unless it had failed. */
export async function retryFailedJob(db: Database, id: string, now: string): Promise<boolean> {
  const r = await db
    .updateTable('jobs')
    .set({ state: 'queued', run_at: now, attempts: 0, updated_at: now })
    .where('id', '=', id)
    .where('state', '=', 'failed')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** The jobs of a kind not yet done (queued, running or failed: each may still run), with their payloads. */
export function unfinishedJobsOfKind(db: Database, kind: string): Promise<JobRow[]> {
  return db
    .selectFrom('jobs')
    .selectAll()
    .where('kind', '=', kind)
    .where('state', '!=', 'done')
    .orderBy('id')
    .execute();
}

/** Replaces a job's payload (its state and schedule stay). */
export async function replaceJobPayload(db: Database, id: string, payload: unknown): Promise<void> {
  await db
    .updateTable('jobs')
    .set({ payload_json: JSON.stringify(payload) })
    .where('id', '=', id)
    .execute();
}

/** Jobs in the given states, the next to run first. */
export function listJobs(db: Database, states: JobState[], limit: number): Promise<JobRow[]> {
  return db
    .selectFrom('jobs')
    .selectAll()
    .where('state', 'in', states)
    .orderBy('run_at')
    .orderBy('id')
    .limit(limit)
    .execute();
}

export function findJob(db: Database, id: string): Promise<JobRow | undefined> {
  return db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findJobByKey(db: Database, key: string): Promise<JobRow | undefined> {
  return db.selectFrom('jobs').selectAll().where('key', '=', key).executeTakeFirst();
}

/** How many jobs are in each state (the queue's depth). */
export async function countJobsByState(db: Database): Promise<Record<JobState, number>> {
  const rows = await db
    .selectFrom('jobs')
    .select((eb) => ['state', eb.fn.countAll<number>().as('n')])
    .groupBy('state')
    .execute();
  const counts: Record<JobState, number> = { queued: 0, running: 0, done: 0, failed: 0 };
  for (const r of rows) counts[r.state] = Number(r.n);
  return counts;
}

/** Forgets done jobs last touched before `before`, except those whose key must keep a repeat away (`keep`). */
export async function purgeDoneJobs(db: Database, before: string, keepKinds: string[]): Promise<number> {
  let q = db.deleteFrom('jobs').where('state', '=', 'done').where('updated_at', '<', before);
  if (keepKinds.length) q = q.where('kind', 'not in', keepKinds);
  const r = await q.executeTakeFirst();
  return Number(r.numDeletedRows);
}
