import type { Encounter } from '@omt/contracts';
import { API } from '../../api/endpoints';
import { TREATMENT_REVIEW_DECISIONS, type TreatmentReviewDecision } from '@omt/domain';
import { call } from '../../api/client';
import { REGION_LABELS, TECHNIQUE_LABELS } from '../../labels';
import { formatStamp } from '../../time';
import { DecisionForm } from './decision-form';
import type { EncounterPanelProps } from './panel-props';

type Treatment = Encounter['treatments'][number];

const LABELS: Record<TreatmentReviewDecision, string> = {
  confirmed: 'Treatment stands (confirm)',
  withdrawn: 'Withdraw from the note',
};

function nameOf(t: Treatment): string {
  return `${TECHNIQUE_LABELS[t.technique]} to ${REGION_LABELS[t.region]}`;
}

/**
 * Treatments recorded before a later red flag, or documented while OMT is now on hold: each waits for the
 * physician to confirm or withdraw it, and the note cannot be signed until then.
 */
export function TreatmentReviews({ encounter, readOnly, onChange }: EncounterPanelProps) {
  const held = encounter.signBlockers.some((b) => b.code === 'omt_on_hold');
  const needsDecision = (t: (typeof encounter.treatments)[number]) =>
    t.flagsAfter.length > 0 || (held && !t.review);
  const affected = encounter.treatments.filter((t) => needsDecision(t) || t.review);
  if (affected.length === 0) return null;
  return (
    <section aria-labelledby="treatment-reviews-heading" className="card treatment-review">
      <h2 id="treatment-reviews-heading">Treatments under review after a red flag</h2>
      <ul className="plain-list">
        {affected.map((t) => (
          <li key={t.id} data-testid="treatment-under-review">
            <h3>{nameOf(t)}</h3>
            {t.flagsAfter.length > 0 ? (
              <p className="review review-holding">
                <strong>⚠ Under review:</strong> raised after this treatment was recorded:{' '}
                {t.flagsAfter.map((f) => f.label).join(', ')}.
              </p>
            ) : held && !t.review ? (
              <p className="review review-holding">
                <strong>⚠ Under review:</strong> OMT is now on hold for this visit; confirm this treatment was
                given before the hold, or withdraw it.
              </p>
            ) : null}
            {t.review && (
              <p className="review">
                Decision: <strong>{LABELS[t.review.decision]}</strong> — {t.review.note} (
                {formatStamp(t.review.reviewedAt)})
              </p>
            )}
            {!readOnly && needsDecision(t) && (
              <DecisionForm
                subject={nameOf(t)}
                idPrefix={`treatment-${t.id}`}
                decisions={TREATMENT_REVIEW_DECISIONS}
                labels={LABELS}
                send={(decision, note) =>
                  call(API.reviewTreatment, {
                    params: { id: encounter.id, treatmentId: t.id },
                    body: { decision, note },
                  })
                }
                onChange={onChange}
              />
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
