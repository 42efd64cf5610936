/**
 * The per-plan facts of the outcomes report, kept between requests: reading them is the heavy part (a few seconds over
 * 100,000 visits on a busy machine); filtering and summing them takes milliseconds. Once they are a minute old the next
 * request starts a fresh read in the background and is answered from the kept facts, so only the very first request
 * waits for a read; the report says when its facts were read. (Checking whether anything changed cost a scan of the
 * answers on every request.)
 */
import { planOutcomeFacts, type Database, type PlanOutcomeFacts } from '@omt/db';
import { ADVERSE_SYMPTOM_IDS, SORENESS_REVIEW_DAYS } from '@omt/domain';
import { toInstant, type Clock } from '../../clock';

export const FACTS_MAX_AGE_MS = 60_000;

interface Read {
  readAt: Date;
  facts: Promise<PlanOutcomeFacts[]>;
}

interface Held {
  /** The facts answered with: the last read that succeeded, or the first read while it runs. */
  current: Read;
  /** A fresh read under way, which replaces `current` once it succeeds. */
  next?: Read | undefined;
}

const held = new WeakMap<Database, Held>();

function read(db: Database, now: Date): Read {
  return {
    readAt: now,
    facts: planOutcomeFacts(db, toInstant(now), SORENESS_REVIEW_DAYS, ADVERSE_SYMPTOM_IDS),
  };
}

function refresh(db: Database, kept: Held, now: Date): void {
  const next = read(db, now);
  kept.next = next;
  next.facts.then(
    () => {
      if (kept.next === next) Object.assign(kept, { current: next, next: undefined });
    },
    () => {
      if (kept.next === next) kept.next = undefined; // the kept facts stay; the next request tries again
    },
  );
}

export async function outcomeFacts(
  db: Database,
  clock: Clock,
): Promise<{ asOf: string; facts: PlanOutcomeFacts[] }> {
  const now = clock();
  let kept = held.get(db);
  if (!kept) held.set(db, (kept = { current: read(db, now) }));
  else if (!kept.next && now.getTime() - kept.current.readAt.getTime() >= FACTS_MAX_AGE_MS)
    refresh(db, kept, now);
  const current = kept.current;
  try {
    return { asOf: toInstant(current.readAt), facts: await current.facts };
  } catch (error) {
    if (held.get(db)?.current === current) held.delete(db);
    throw error;
  }
}

/** Resolves once the background read started for `db` (if any) has finished: for tests. */
export async function outcomeFactsSettled(db: Database): Promise<void> {
  await held.get(db)?.next?.facts.catch(() => undefined);
}
