import { AsyncResource } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { claimJobs, enqueueJob, finishJob, type JobRow } from '@omt/db';
import type { AppDeps } from '../context';
import { toInstant } from '../clock';
import { JOB_HANDLERS, RECURRING_JOBS, type JobHandler } from './job-kinds';
import { backoffMs, DEFAULT_MAX_ATTEMPTS, jobErrorText } from './retry-policy';

/** A claimed job is this runner's for this long; past it (a crash), another runner claims it again. */
export const LEASE_MS = 5 * 60_000;
const BATCH = 5;
const POLL_MS = 5_000;

export interface JobRunner {
  /**
   * Runs every job due at `now` (default: the clock), batch by batch, until none is left, and waits for this runner's
   * other runs in flight: when it resolves, every job due then has run. How many this call ran.
   */
  runDueJobs(now?: Date): Promise<number>;
  /** Runs due jobs soon (after the current turn): called once a change that enqueued work has committed. */
  nudge(): void;
  /** Makes sure the recurring jobs exist, then polls for due jobs (retries, other processes' work) every 5 s. */
  start(): Promise<void>;
  /** Stops claiming, hands back claimed jobs it has not begun, and waits for the running ones to finish. */
  stop(): Promise<void>;
}

export interface RunnerOptions {
  handlers?: Record<string, JobHandler>;
  recurring?: Record<string, { everyMs: number }>;
  pollMs?: number;
}

const plus = (at: Date, ms: number) => toInstant(new Date(at.getTime() + ms));

/** The durable job runner of one process; any number of them (processes, or runners in a test) share the store. */
export function createJobRunner(deps: AppDeps, options: RunnerOptions = {}): JobRunner {
  const handlers = options.handlers ?? JOB_HANDLERS;
  const recurring = options.recurring ?? RECURRING_JOBS;
  const owner = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const inFlight = new Set<Promise<unknown>>();
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let nudged: NodeJS.Timeout | null = null;
  // Runs work in the context the runner was made in: a nudge from inside a request's transaction must not run its
  // jobs inside that transaction (async context would carry it along).
  const outside = AsyncResource.bind((work: () => void) => work());
  const report = (error: unknown) => deps.onBackgroundError?.(error);
  const track = <T>(p: Promise<T>): Promise<T> => {
    inFlight.add(p);
    void p.finally(() => inFlight.delete(p)).catch(() => {});
    return p;
  };

  async function runOne(job: JobRow, now: Date): Promise<void> {
    const at = toInstant(now);
    const every = recurring[job.kind]?.everyMs;
    try {
      const handler = handlers[job.kind];
      if (!handler) throw new Error(`no handler for job kind ${job.kind}`);
      // Claimed again after its lease ran out on every try: the worker stops on it (e.g. runs out of memory).
      if (job.attempts > job.max_attempts)
        throw new Error('its worker stopped before finishing, on every try');
      await handler(deps, JSON.parse(job.payload_json) as never, job);
      await finishJob(
        deps.db,
        job.id,
        owner,
        every
          ? { now: at, state: 'queued', runAt: plus(now, every), error: null, resetAttempts: true }
          : { now: at, state: 'done', error: null },
      );
    } catch (error) {
      report(error);
      const text = jobErrorText(error);
      // A recurring job never fails for good: it tries again, at the latest at its next time.
      const final = !every && job.attempts >= job.max_attempts;
      const wait = Math.min(backoffMs(job.attempts), every ?? Infinity);
      await finishJob(
        deps.db,
        job.id,
        owner,
        final
          ? { now: at, state: 'failed', error: text }
          : { now: at, state: 'queued', runAt: plus(now, wait), error: text },
      );
    }
  }

  async function runDueJobs(now: Date = deps.clock()): Promise<number> {
    let ran = 0;
    while (!stopped) {
      const at = toInstant(now);
      const jobs = await claimJobs(deps.db, deps.dialect, {
        now: at,
        owner,
        leaseUntil: plus(now, LEASE_MS),
        limit: BATCH,
      });
      if (!jobs.length) break;
      for (const job of jobs) {
        if (stopped) {
          await finishJob(deps.db, job.id, owner, { now: at, state: 'queued', runAt: at });
          continue;
        }
        await runOne(job, now);
        ran++;
      }
    }
    return ran;
  }

  let polling: Promise<unknown> | null = null;
  const poll = () => {
    if (stopped || polling) return;
    polling = track(runDueJobs().catch(report)).finally(() => (polling = null));
  };

  return {
    async runDueJobs(now) {
      // This run covers what a pending nudge would have run (a late nudge would hold jobs past this call's end).
      if (nudged) clearTimeout(nudged);
      nudged = null;
      const others = [...inFlight];
      const ran = await track(runDueJobs(now));
      // A run woken meanwhile may hold some of the due jobs: they are done too once this resolves.
      await Promise.allSettled(others);
      return ran;
    },
    nudge() {
      if (stopped || nudged) return;
      outside(() => {
        nudged = setTimeout(() => {
          nudged = null;
          if (!stopped) void track(runDueJobs().catch(report));
        }, 0);
      });
    },
    async start() {
      const now = toInstant(deps.clock());
      for (const kind of Object.keys(recurring)) {
        await enqueueJob(deps.db, {
          kind,
          key: `recurring:${kind}`,
          payload: {},
          runAt: now,
          maxAttempts: DEFAULT_MAX_ATTEMPTS,
          now,
        });
      }
      timer = setInterval(poll, options.pollMs ?? POLL_MS);
      poll();
    },
    async stop() {
      stopped = true;
      clearInterval(timer);
      if (nudged) clearTimeout(nudged);
      await Promise.allSettled([...inFlight]);
    },
  };
}
