import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  completeIdempotencyKey,
  findIdempotencyKey,
  forgetIdempotencyKeysBefore,
  independentOfUnitOfWork,
  releaseIdempotencyKey,
  reserveIdempotencyKey,
  takeOverIdempotencyKey,
  unitOfWork,
} from '@omt/db';
import type { RequestContext } from '../context';
import { DomainError, fail } from '../errors';

export interface Outcome {
  status: number;
  body: unknown;
}

const KEY_PATTERN = /^[A-Za-z0-9_.:-]{8,128}$/;
/** How long a retry waits for the first request with its key to answer before it gives up with 409. */
const WAIT_MS = 5_000;
/** The first wait between looks at the key, doubling up to the longest. */
const FIRST_POLL_MS = 5;
const LONGEST_POLL_MS = 100;
/** A key in progress for this long belongs to a request that crashed or hung: a retry may take it over. */
const STALE_MS = 60_000;
/** A key's answer is kept this long; after it the key is forgotten and may be used for a new request. */
const EXPIRES_MS = 24 * 3_600_000;

/**
 * Runs a request once per Idempotency-Key: a retry with the same key and body gets the first answer again (even
 * its 4xx), and the same key with another body is refused. A retry that finds the first request still running waits
 * for its answer (up to WAIT_MS, then 409 idempotency_in_progress), the same way on every database; a key left in
 * progress for STALE_MS is taken over, and one released by a failed first request (5xx) is reserved anew. Keys
 * expire after EXPIRES_MS: the user's older keys are forgotten before each new reservation.
 */
export async function oncePerKey(
  ctx: RequestContext,
  key: string | undefined,
  request: unknown,
  successStatus: number,
  run: () => Promise<unknown>,
): Promise<Outcome> {
  // Its own unit of work, so the change has committed before the route sends the answer.
  if (key === undefined) return { status: successStatus, body: await unitOfWork(ctx.db, run) };
  if (!KEY_PATTERN.test(key)) throw fail.invalid('Idempotency-Key', 'use 8–128 letters, digits or . _ : -');
  const hash = createHash('sha256').update(JSON.stringify(request)).digest('hex');
  const deadline = Date.now() + WAIT_MS;
  // The key's own rows commit on their own (unaudited: they record no change, only which request holds the key).
  const own = independentOfUnitOfWork;
  await own(() =>
    forgetIdempotencyKeysBefore(
      ctx.db,
      ctx.user.id,
      new Date(Date.parse(ctx.now()) - EXPIRES_MS).toISOString(),
    ),
  );
  for (let poll = FIRST_POLL_MS; ; poll = Math.min(poll * 2, LONGEST_POLL_MS)) {
    const reserved = await own(() =>
      reserveIdempotencyKey(ctx.db, { user_id: ctx.user.id, key, request_hash: hash, created_at: ctx.now() }),
    );
    if (reserved) return runOnce(ctx, key, successStatus, run);
    const prior = await findIdempotencyKey(ctx.db, ctx.user.id, key);
    if (prior && prior.request_hash !== hash) {
      throw fail.unprocessable(
        'idempotency_key_reused',
        'Idempotency-Key: already used for a different request',
        'Idempotency-Key',
      );
    }
    if (prior && prior.status_code !== 0) {
      return { status: prior.status_code, body: JSON.parse(prior.response_json) as unknown };
    }
    if (
      prior &&
      Date.parse(ctx.now()) - Date.parse(prior.created_at) >= STALE_MS &&
      (await own(() => takeOverIdempotencyKey(ctx.db, ctx.user.id, key, prior.created_at, ctx.now())))
    ) {
      return runOnce(ctx, key, successStatus, run);
    }
    if (Date.now() >= deadline) {
      throw fail.conflict(
        'idempotency_in_progress',
        'the first request with this Idempotency-Key is still running: retry later',
      );
    }
    await sleep(poll);
  }
}

/**
 * Runs the request holding the key and stores its answer (a 4xx too, after the change rolled back); on any other
 * failure the key is released.
 */
async function runOnce(
  ctx: RequestContext,
  key: string,
  successStatus: number,
  run: () => Promise<unknown>,
): Promise<Outcome> {
  try {
    // The answer is stored in the change's own unit of work: a crash leaves either both or neither (the key then
    // still in progress, taken over after STALE_MS), so a retry never runs a change twice.
    const body = await unitOfWork(ctx.db, async () => {
      const answer = await run();
      await completeIdempotencyKey(ctx.db, ctx.user.id, key, {
        status_code: successStatus,
        response_json: JSON.stringify(answer),
      });
      return answer;
    });
    return { status: successStatus, body };
  } catch (error) {
    if (error instanceof DomainError && error.status < 500) {
      const body = { code: error.code, message: error.message, field: error.field, details: error.details };
      await completeIdempotencyKey(ctx.db, ctx.user.id, key, {
        status_code: error.status,
        response_json: JSON.stringify(body),
      });
    } else {
      await releaseIdempotencyKey(ctx.db, ctx.user.id, key);
    }
    throw error;
  }
}
