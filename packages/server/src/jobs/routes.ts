import type { FastifyInstance } from 'fastify';
import { API, type JobSummary } from '@omt/contracts';
import { afterUnitOfWork, countJobsByState, findJob, listJobs, retryFailedJob, type JobRow } from '@omt/db';
import type { AppDeps } from '../context';
import { defineRoute } from '../http/define-route';
import { fail } from '../errors';
import { auditSetup } from '../modules/catalog/audit';

const LISTED = 200;

function summary(j: JobRow): JobSummary {
  return {
    id: j.id,
    kind: j.kind,
    state: j.state,
    attempts: j.attempts,
    maxAttempts: j.max_attempts,
    runAt: j.run_at,
    lastError: j.last_error,
    updatedAt: j.updated_at,
  };
}

/** The admin's read-only view of the job store, and "retry now" for a failed job. */
export function jobRoutes(app: FastifyInstance, deps: AppDeps): void {
  defineRoute(app, deps, API.jobs, async ({ query }, ctx) => {
    ctx.requireRole('admin');
    const states = query.state ? [query.state] : (['queued', 'running', 'failed'] as const);
    const [counts, items] = await Promise.all([
      countJobsByState(ctx.db),
      listJobs(ctx.db, [...states], LISTED),
    ]);
    return { counts, items: items.map(summary) };
  });

  defineRoute(app, deps, API.retryJob, async ({ params }, ctx) => {
    ctx.requireRole('admin');
    // The audit row first: the retry commits with it (a job that cannot be retried rolls both back).
    await auditSetup(ctx, 'job.retry', 'job', params.id, 'retried now by hand');
    if (!(await retryFailedJob(ctx.db, params.id, ctx.now()))) {
      const job = await findJob(ctx.db, params.id);
      if (!job) throw fail.notFound('job');
      throw fail.conflict('job_not_failed', `only a failed job can be retried; this one is ${job.state}`);
    }
    const job = await findJob(ctx.db, params.id);
    if (!job) throw fail.notFound('job');
    // Read first: the runner, woken once this commits, may be running it by the time of the answer.
    await afterUnitOfWork(ctx.db, () => {
      deps.jobs?.nudge();
      return Promise.resolve();
    });
    return summary(job);
  });
}
