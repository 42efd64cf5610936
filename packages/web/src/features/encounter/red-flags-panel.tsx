import { useState } from 'react';
import type { Encounter, ReviewedRedFlag } from '@omt/contracts';
import { API } from '../../api/endpoints';
import { RED_FLAG_DECISIONS } from '@omt/domain';
import { call } from '../../api/client';
import { StatusMessage } from '../../components/messages';
import { RED_FLAG_ACTION_LABELS } from '../../labels';
import { formatStamp } from '../../time';
import { DecisionForm } from './decision-form';
import { DECISION_LABELS } from './red-flag-decisions';
import type { EncounterPanelProps } from './panel-props';

function FlagItem({
  encounter,
  flag,
  readOnly,
  onChange,
}: {
  encounter: Encounter;
  flag: ReviewedRedFlag;
  readOnly: boolean;
  onChange: (e: Encounter) => void;
}) {
  const [changing, setChanging] = useState(false);
  const cleared = flag.review?.decision === 'cleared_for_omt';
  return (
    <li className={`red-flag action-${flag.action}`} data-testid="red-flag">
      <h3>{flag.label}</h3>
      <p>
        <strong>Action: {RED_FLAG_ACTION_LABELS[flag.action]}</strong>
        {flag.imaging ? ` — ${flag.imaging}` : ''}
      </p>
      <p>{flag.message}</p>
      <p className="source">Source: {flag.source}</p>
      {flag.review ? (
        <p className={`review ${cleared ? 'review-cleared' : 'review-holding'}`}>
          {cleared ? '✓ ' : '⚠ '}Decision: <strong>{DECISION_LABELS[flag.review.decision]}</strong>
          {cleared ? '' : ' (OMT stays on hold)'} — {flag.review.note} ({formatStamp(flag.review.reviewedAt)})
        </p>
      ) : (
        <p className="review review-holding">
          <strong>⚠ Not reviewed yet.</strong>
        </p>
      )}
      {!readOnly && (!flag.review || changing) && (
        <DecisionForm
          subject={`“${flag.label}”`}
          idPrefix={`flag-${flag.id}`}
          decisions={RED_FLAG_DECISIONS}
          labels={DECISION_LABELS}
          send={(decision, note) =>
            call(API.reviewRedFlag, {
              params: { id: encounter.id },
              body: { flagId: flag.id, decision, note },
            })
          }
          onChange={(next) => {
            setChanging(false);
            onChange(next);
          }}
        />
      )}
      {!readOnly && flag.review && !changing && (
        <button type="button" className="button-secondary" onClick={() => setChanging(true)}>
          Change decision<span className="visually-hidden"> on “{flag.label}”</span>
        </button>
      )}
    </li>
  );
}

/** Red flags from the intake, each with its action and the physician's decision. */
export function RedFlagsPanel({ encounter, readOnly, onChange }: EncounterPanelProps) {
  if (encounter.redFlags.length === 0) return null;
  const open = encounter.redFlags.filter((f) => f.review?.decision !== 'cleared_for_omt').length;
  return (
    <section aria-labelledby="red-flags-heading" className="card red-flags">
      <h2 id="red-flags-heading" tabIndex={-1}>
        ⚠ Red flags ({encounter.redFlags.length})
      </h2>
      {open === 0 ? (
        <StatusMessage>Every red flag is cleared for OMT.</StatusMessage>
      ) : (
        <p>
          {open} of {encounter.redFlags.length} not cleared for OMT. Only a physician records these decisions.
        </p>
      )}
      <ul className="plain-list">
        {encounter.redFlags.map((f) => (
          <FlagItem key={f.id} encounter={encounter} flag={f} readOnly={readOnly} onChange={onChange} />
        ))}
      </ul>
    </section>
  );
}
