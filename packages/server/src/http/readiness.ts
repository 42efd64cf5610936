import { sql } from 'kysely';
import type { AppDeps } from '../context';
import { DomainError } from '../errors';

/** How long the database may take to answer before the instance counts as not ready. */
const READY_TIMEOUT_MS = 2_000;

/**
 * Whether this instance can serve: its database answers a trivial query in time. A load balancer sends traffic only
 * to ready instances; 503 `not_ready` otherwise (liveness, /healthz, does not touch the database).
 */
export async function readiness(deps: AppDeps): Promise<{ status: 'ready'; database: AppDeps['dialect'] }> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timed out')), READY_TIMEOUT_MS);
  });
  try {
    await Promise.race([sql`SELECT 1`.execute(deps.db), timeout]);
    return { status: 'ready', database: deps.dialect };
  } catch {
    throw new DomainError(503, 'not_ready', 'the database does not answer');
  } finally {
    clearTimeout(timer);
  }
}
