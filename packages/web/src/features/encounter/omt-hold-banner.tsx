import type { Encounter } from '@omt/contracts';
import { DECISION_LABELS } from './red-flag-decisions';

/** Why OMT is on hold, one sentence per red flag that is unreviewed or not cleared for OMT. */
export function holdReasons(encounter: Encounter): string[] {
  return encounter.redFlags.flatMap((f) => {
    if (!f.review) return [`“${f.label}” has not been reviewed yet.`];
    if (f.review.decision !== 'cleared_for_omt') {
      return [
        `“${f.label}” was reviewed as ${DECISION_LABELS[f.review.decision].toLowerCase()}, not cleared for OMT.`,
      ];
    }
    return [];
  });
}

/** The hold explained: Record treatment is refused until every red flag is cleared for OMT. */
export function OmtHoldBanner({ encounter }: { encounter: Encounter }) {
  if (!encounter.omtOnHold) return null;
  return (
    <div className="alert alert-urgent omt-hold" data-testid="omt-hold-banner">
      <p>
        <strong>⚠ OMT on hold.</strong> “Record treatment” is refused until a physician has reviewed every red
        flag and recorded “Cleared for OMT” for each one.
      </p>
      <ul>
        {holdReasons(encounter).map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
      <p>
        <a href="#red-flags-heading">Go to the red flag review</a>
      </p>
    </div>
  );
}
