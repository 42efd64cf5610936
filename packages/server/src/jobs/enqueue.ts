import { afterUnitOfWork, enqueueJob, type Database } from '@omt/db';
import type { AppDeps } from '../context';
import { toInstant } from '../clock';
import { DEFAULT_MAX_ATTEMPTS } from './retry-policy';

/**
 * Adds a job to the durable store, due now (or at `runAt`); a key already in the store makes it a no-op. `db` is the
 * transaction of the change the job belongs to where there is one, so a rolled-back change enqueues nothing.
 */
export function enqueue(
  deps: AppDeps,
  db: Database,
  job: { kind: string; key?: string; payload: unknown; runAt?: string; maxAttempts?: number },
): Promise<boolean> {
  const now = toInstant(deps.clock());
  return enqueueJob(db, {
    kind: job.kind,
    ...(job.key ? { key: job.key } : {}),
    payload: job.payload,
    runAt: job.runAt ?? now,
    maxAttempts: job.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
    now,
  });
}

/**
 * Enqueues work with its change and wakes this process's runner once that commits. Inside a request's unit of work
 * the job joins the request's transaction (a rolled-back change enqueues nothing; a crash after the commit still runs
 * it); elsewhere it is written at once. It never throws: the change stands whatever happens to its mail (the failure
 * is reported, as mail trouble was before).
 */
export async function enqueueWithChange(
  deps: AppDeps,
  job: { kind: string; key?: string; payload: unknown },
): Promise<void> {
  try {
    await enqueue(deps, deps.db, job);
    await afterUnitOfWork(deps.db, () => {
      deps.jobs?.nudge();
      return Promise.resolve();
    });
  } catch (error) {
    deps.onBackgroundError?.(error);
  }
}
