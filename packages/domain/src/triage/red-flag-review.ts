import type { RedFlag } from './red-flag';

/**
 * What the physician decided about a raised flag: OMT stays on hold until the physician acknowledges it
 * (clinical-reference CR-LBP, CR-NECK and CR-SNOOP rows). Only `cleared_for_omt` lets treatment go ahead; the others keep OMT on hold this visit.
 */
export const RED_FLAG_DECISIONS = [
  'cleared_for_omt',
  'imaging_ordered',
  'referred_emergency',
  'omt_deferred',
] as const;
export type RedFlagDecision = (typeof RED_FLAG_DECISIONS)[number];

export interface RedFlagReview {
  flagId: string;
  decision: RedFlagDecision;
}

export interface OmtHold {
  /** True while any flag is unreviewed or reviewed with a decision other than cleared_for_omt. */
  onHold: boolean;
  unreviewed: string[];
  holding: { flagId: string; decision: RedFlagDecision }[];
}

/** Whether OMT may be documented, given the raised flags and the physician's latest review of each. */
export function omtHoldStatus(
  flags: readonly Pick<RedFlag, 'id'>[],
  reviews: readonly RedFlagReview[],
): OmtHold {
  const latest = new Map<string, RedFlagDecision>();
  for (const r of reviews) latest.set(r.flagId, r.decision);
  const unreviewed = flags.filter((f) => !latest.has(f.id)).map((f) => f.id);
  const holding = flags
    .map((f) => ({ flagId: f.id, decision: latest.get(f.id) }))
    .filter(
      (r): r is { flagId: string; decision: RedFlagDecision } =>
        r.decision !== undefined && r.decision !== 'cleared_for_omt',
    );
  return { onHold: unreviewed.length > 0 || holding.length > 0, unreviewed, holding };
}
