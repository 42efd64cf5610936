/**
 * The per-plan facts of the outcomes report, kept between requests: re-read when their fingerprint moves (a plan, a
 * linked visit, a measure answer or a check-in added or changed) or after a minute (a visit marked a no-show). Reading
 * them is the heavy part (about a second over 100,000 visits); filtering and summing them takes milliseconds.
 */
import { outcomesFingerprint, planOutcomeFacts, type Database, type PlanOutcomeFacts } from '@omt/db';
import { ADVERSE_SYMPTOM_IDS, SORENESS_REVIEW_DAYS } from '@omt/domain';
import { toInstant, type Clock } from '../../clock';

const MAX_AGE_MS = 60_000;

interface Held {
  fingerprint: string;
  readAt: number;
  facts: Promise<PlanOutcomeFacts[]>;
}

const held = new WeakMap<Database, Held>();

export async function outcomeFacts(db: Database, clock: Clock): Promise<PlanOutcomeFacts[]> {
  const fingerprint = await outcomesFingerprint(db);
  const now = clock();
  const current = held.get(db);
  if (current && current.fingerprint === fingerprint && now.getTime() - current.readAt < MAX_AGE_MS) {
    return current.facts;
  }
  const facts = planOutcomeFacts(db, toInstant(now), SORENESS_REVIEW_DAYS, ADVERSE_SYMPTOM_IDS);
  held.set(db, { fingerprint, readAt: now.getTime(), facts });
  try {
    return await facts;
  } catch (error) {
    held.delete(db);
    throw error;
  }
}
