/**
 * The per-plan facts of the outcomes report, kept between requests for a minute: reading them is the heavy part (a few
 * seconds over 100,000 visits on a busy machine); filtering and summing them takes milliseconds. The report says when
 * they were read. (Checking whether anything changed cost a scan of the answers on every request.)
 */
import { planOutcomeFacts, type Database, type PlanOutcomeFacts } from '@omt/db';
import { ADVERSE_SYMPTOM_IDS, SORENESS_REVIEW_DAYS } from '@omt/domain';
import { toInstant, type Clock } from '../../clock';

export const FACTS_MAX_AGE_MS = 60_000;

interface Held {
  readAt: Date;
  facts: Promise<PlanOutcomeFacts[]>;
}

const held = new WeakMap<Database, Held>();

export async function outcomeFacts(
  db: Database,
  clock: Clock,
): Promise<{ asOf: string; facts: PlanOutcomeFacts[] }> {
  const now = clock();
  let current = held.get(db);
  if (!current || now.getTime() - current.readAt.getTime() >= FACTS_MAX_AGE_MS) {
    current = {
      readAt: now,
      facts: planOutcomeFacts(db, toInstant(now), SORENESS_REVIEW_DAYS, ADVERSE_SYMPTOM_IDS),
    };
    held.set(db, current);
  }
  try {
    return { asOf: toInstant(current.readAt), facts: await current.facts };
  } catch (error) {
    if (held.get(db) === current) held.delete(db);
    throw error;
  }
}
