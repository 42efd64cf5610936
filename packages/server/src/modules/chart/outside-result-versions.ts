/**
 * Which of two versions of a result from another system the chart keeps, when the sender sends a result again under
 * the identifier of one it keeps. The same content is the same version, whatever else changed. Otherwise the sender's
 * time of each version (its `meta.lastUpdated`, else `issued`) decides: a later one replaces the kept one, an earlier
 * one never does. When the times cannot tell (equal, or either not given), a result never goes back in status: an
 * amended or corrected result is not replaced by a final one, nor a final one by a preliminary or registered one.
 * A withdrawal is the last status of all, cancelled (never completed, so nothing to act on) and above it
 * entered-in-error (known to be wrong): a withdrawal wins unless the kept version is provably newer, and a withdrawn
 * result comes back only with a version the sender made after withdrawing it. The same holds for a withdrawal received
 * before any version of its result (kept withdrawn): an original arriving after it is not recorded unless provably
 * newer.
 */

/** A version of a result as the comparison needs it: what it says (compared whole), its status and its time. */
export interface ResultVersion {
  /** Everything the result says, in one comparable form (status, codes, value, when taken). */
  content: string;
  status: string;
  /** When the sender made it: a UTC instant `YYYY-MM-DDTHH:MM:SSZ` (sorts as text), or null. */
  sentAt: string | null;
}

export type VersionVerdict =
  /** Nothing it says changed: no new version (the later time, if any, is noted). */
  | { kind: 'same'; laterSentAt: string | null }
  /** It replaces the kept version. */
  | { kind: 'replaces' }
  /** The kept version stays; `why` says so in words for the sender. */
  | { kind: 'kept'; why: string };

/** How far along its life a status is: a result moves up, never down. */
const STATUS_RANK: Record<string, number> = {
  registered: 0,
  unknown: 0,
  preliminary: 1,
  final: 2,
  amended: 3,
  corrected: 3,
  cancelled: 4,
  'entered-in-error': 5,
};

/** The words telling the sender which kept status a version does not go back from. */
const KEPT_WORDS: Record<string, string> = {
  'entered-in-error': 'the sender withdrew this result (entered-in-error)',
  cancelled: 'the sender cancelled this result (cancelled)',
};

const rank = (status: string) => STATUS_RANK[status] ?? 0;

export function compareResultVersions(kept: ResultVersion, sent: ResultVersion): VersionVerdict {
  if (sent.content === kept.content) {
    const later = sent.sentAt !== null && (kept.sentAt === null || sent.sentAt > kept.sentAt);
    return { kind: 'same', laterSentAt: later ? sent.sentAt : null };
  }
  if (sent.sentAt !== null && kept.sentAt !== null && sent.sentAt !== kept.sentAt) {
    return sent.sentAt > kept.sentAt
      ? { kind: 'replaces' }
      : {
          kind: 'kept',
          why: `the kept version is newer (${kept.sentAt}) than this one (${sent.sentAt}), which is not recorded`,
        };
  }
  if (rank(sent.status) < rank(kept.status)) {
    const keptWords = KEPT_WORDS[kept.status] ?? `the kept version is ${kept.status}`;
    return {
      kind: 'kept',
      why: `${keptWords}; this ${sent.status} one, with no later time to show it is newer, is not recorded`,
    };
  }
  return { kind: 'replaces' };
}
