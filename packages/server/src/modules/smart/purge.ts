import { openUnitOfWork, purgeExpiredSmart, unitOfWork } from '@omt/db';
import type { AppDeps } from '../../context';
import { toInstant } from '../../clock';
import { recordAudit } from '../../audit/audit';

/** An expired code is kept this long, so that a replay is still recognised as one (and revokes its grant). */
export const USED_CODE_KEEP_MS = 24 * 3_600_000;

/**
 * Deletes expired SMART tokens, unanswered requests and old codes (a recurring job), with one audit row (no user:
 * the clinic's own housekeeping) for a run that removed anything. How many go is known only once they are gone, so
 * this unit of work opens its transaction itself, before the deletes, and the row naming the counts follows them in
 * it: the row and the deletes commit together or not at all, and a run that found nothing writes no row.
 */
export function purgeSmart(deps: AppDeps): Promise<{ tokens: number; requests: number }> {
  const now = deps.clock();
  return unitOfWork(deps.db, async () => {
    await openUnitOfWork(deps.db);
    const removed = await purgeExpiredSmart(
      deps.db,
      toInstant(now),
      toInstant(new Date(now.getTime() - USED_CODE_KEEP_MS)),
    );
    if (removed.tokens + removed.requests > 0) {
      await recordAudit(deps.db, deps.clock, null, {
        action: 'smart.purge',
        patientId: null,
        resourceType: 'smart',
        resourceId: null,
        outcome: 'allowed',
        detail: `expired tokens deleted: ${removed.tokens}; expired authorization requests deleted: ${removed.requests}`,
      });
    }
    return removed;
  });
}
