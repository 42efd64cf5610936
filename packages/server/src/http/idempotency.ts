import { createHash } from 'node:crypto';
import {
  completeIdempotencyKey,
  findIdempotencyKey,
  releaseIdempotencyKey,
  reserveIdempotencyKey,
} from '@omt/db';
import type { RequestContext } from '../context';
import { DomainError, fail } from '../errors';

export interface Outcome {
  status: number;
  body: unknown;
}

const KEY_PATTERN = /^[A-Za-z0-9_.:-]{8,128}$/;

/**
 * Runs a request once per Idempotency-Key: a retry with the same key and body gets the first answer
 * again (even its 4xx), the same key with another body is refused, and a concurrent twin gets 409.
 */
export async function oncePerKey(
  ctx: RequestContext,
  key: string | undefined,
  request: unknown,
  successStatus: number,
  run: () => Promise<unknown>,
): Promise<Outcome> {
  if (key === undefined) return { status: successStatus, body: await run() };
  if (!KEY_PATTERN.test(key)) throw fail.invalid('Idempotency-Key', 'use 8–128 letters, digits or . _ : -');
  const hash = createHash('sha256').update(JSON.stringify(request)).digest('hex');
  const reserved = await reserveIdempotencyKey(ctx.db, {
    user_id: ctx.user.id,
    key,
    request_hash: hash,
    created_at: ctx.now(),
  });
  if (!reserved) {
    const prior = await findIdempotencyKey(ctx.db, ctx.user.id, key);
    if (prior && prior.request_hash !== hash) {
      throw fail.unprocessable(
        'idempotency_key_reused',
        'Idempotency-Key: already used for a different request',
        'Idempotency-Key',
      );
    }
    if (!prior || prior.status_code === 0) {
      throw fail.conflict(
        'idempotency_in_progress',
        'the first request with this Idempotency-Key is still running',
      );
    }
    return { status: prior.status_code, body: JSON.parse(prior.response_json) as unknown };
  }
  try {
    const body = await run();
    await completeIdempotencyKey(ctx.db, ctx.user.id, key, {
      status_code: successStatus,
      response_json: JSON.stringify(body),
    });
    return { status: successStatus, body };
  } catch (error) {
    if (error instanceof DomainError && error.status < 500) {
      const body = { code: error.code, message: error.message, field: error.field };
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
