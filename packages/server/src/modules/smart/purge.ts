import { purgeExpiredSmart } from '@omt/db';
import type { AppDeps } from '../../context';
import { toInstant } from '../../clock';

/** An expired code is kept this long, so that a replay is still recognised as one (and revokes its grant). */
export const USED_CODE_KEEP_MS = 24 * 3_600_000;

/** Deletes expired SMART tokens, unanswered requests and old codes (a recurring job). */
export function purgeSmart(deps: AppDeps): Promise<{ tokens: number; requests: number }> {
  const now = deps.clock();
  return purgeExpiredSmart(deps.db, toInstant(now), toInstant(new Date(now.getTime() - USED_CODE_KEEP_MS)));
}
