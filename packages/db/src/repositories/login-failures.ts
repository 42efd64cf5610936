import type { Database, DialectName } from '../connection';

/** A key's current window of a login limit (migration 0057): the attempts counted as failed and when it ends. */
export interface FailureWindow {
  key: string;
  failures: number;
  ends_at: string;
}

/** One key to count an attempt against, and how many failures its window allows. */
export interface FailureClaim {
  key: string;
  limit: number;
}

/** Counted against every key, or refused by the first key (its index in the claims) already at its limit. */
export type ClaimedFailures =
  { ok: true; windows: FailureWindow[] } | { ok: false; refusedBy: number; window: FailureWindow };

class OverLimit extends Error {
  constructor(
    readonly refusedBy: number,
    readonly window: FailureWindow,
  ) {
    super('over the login limit');
  }
}

/**
 * Counts one attempt against each key, in one transaction, in the order given: one upsert per key increments and
 * returns its count, in the key's current window or in a new one ending at `endsAt` when the last ended by `now`.
 * So app instances sharing the database count together and cannot both take the last attempt: on PostgreSQL the
 * key's row stays locked until the transaction ends, and concurrent claims of one key take turns. When a count
 * passes its key's limit, the transaction rolls back (no key is counted) and that key's window is returned, for the
 * time to try again. Callers name the kinds of keys in one fixed order (the account before the IP), so two claims
 * never wait for each other's rows in a cycle.
 */
export async function claimLoginFailures(
  db: Database,
  claims: FailureClaim[],
  now: string,
  endsAt: string,
): Promise<ClaimedFailures> {
  try {
    const windows = await db.transaction().execute(async (trx) => {
      const counted: FailureWindow[] = [];
      for (const [index, claim] of claims.entries()) {
        const window = await countFailure(trx, claim.key, now, endsAt);
        if (window.failures > claim.limit) throw new OverLimit(index, window);
        counted.push(window);
      }
      return counted;
    });
    return { ok: true, windows };
  } catch (error) {
    if (error instanceof OverLimit) return { ok: false, refusedBy: error.refusedBy, window: error.window };
    throw error;
  }
}

/** The one statement that counts: inserts the key's row, or restarts its ended window, or adds one to it. */
function countFailure(db: Database, key: string, now: string, endsAt: string): Promise<FailureWindow> {
  return db
    .insertInto('login_failures')
    .values({ key, ends_at: endsAt, failures: 1 })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet((eb) => {
        const ended = eb('login_failures.ends_at', '<=', now);
        return {
          failures: eb
            .case()
            .when(ended)
            .then(1)
            .else(eb('login_failures.failures', '+', 1))
            .end(),
          ends_at: eb
            .case()
            .when(ended)
            .then(eb.ref('excluded.ends_at'))
            .else(eb.ref('login_failures.ends_at'))
            .end(),
        };
      }),
    )
    .returning(['key', 'failures', 'ends_at'])
    .executeTakeFirstOrThrow();
}

/**
 * Takes back the attempts of a claim that succeeded, each from the window it was counted in (a window ended and
 * restarted since keeps its new count). One statement per key, in the claim's order, so the rows are taken in the
 * same order as a claim takes them.
 */
export async function giveBackLoginFailures(db: Database, windows: FailureWindow[]): Promise<void> {
  for (const w of windows) {
    await db
      .updateTable('login_failures')
      .set((eb) => ({ failures: eb('failures', '-', 1) }))
      .where('key', '=', w.key)
      .where('ends_at', '=', w.ends_at)
      .where('failures', '>', 0)
      .execute();
  }
}

/**
 * Deletes the windows ended by `now`. On PostgreSQL it passes over rows another transaction holds (a claim restarting
 * an ended window, while it waits for its next key): waiting for them could close a cycle with that claim.
 */
export async function sweepLoginFailures(db: Database, dialect: DialectName, now: string): Promise<void> {
  if (dialect === 'sqlite') {
    await db.deleteFrom('login_failures').where('ends_at', '<=', now).execute();
    return;
  }
  const ended = db
    .selectFrom('login_failures')
    .select('key')
    .where('ends_at', '<=', now)
    .forUpdate()
    .skipLocked();
  await db.deleteFrom('login_failures').where('key', 'in', ended).execute();
}
