import { useState } from 'react';
import type { CarePlan } from '@omt/contracts';
import { API } from '../../../api/endpoints';
import { DISCHARGE_REASONS, type DischargeReason } from '@omt/domain';
import { call } from '../../../api/client';
import { ErrorAlert, FieldError, useFieldMessage } from '../../../components/messages';
import { useSubmit } from '../../../components/use-submit';
import { REASON_WORDS } from './care-plan-words';

/** Discharge: the reason and a summary (physicians). */
export function DischargeForm({
  plan,
  onDone,
  onCancel,
}: {
  plan: CarePlan;
  onDone: (p: CarePlan, m: string) => void;
  onCancel: () => void;
}) {
  const [reason, setReason] = useState<DischargeReason | ''>('');
  const [summary, setSummary] = useState('');
  const fieldMessage = useFieldMessage();
  const { error, busy, submit } = useSubmit(async () => {
    const done = await call(API.dischargeCarePlan, {
      params: { id: plan.id },
      body: { reason: reason as DischargeReason, summary },
    });
    onDone(done, 'Discharged. The discharge summary is below.');
  });
  const reasonError = fieldMessage(error, 'reason');
  const summaryError = fieldMessage(error, 'summary');
  return (
    <form
      className="chart-form"
      noValidate
      onSubmit={(e) => void submit(e)}
      aria-label="Discharge from the plan"
    >
      <h3>Discharge</h3>
      <ErrorAlert error={error} title="Not discharged:" />
      <fieldset aria-describedby={reasonError ? 'discharge-reason-error' : undefined}>
        <legend>Reason</legend>
        {DISCHARGE_REASONS.map((r) => (
          <div className="field field-checkbox" key={r}>
            <input
              id={`discharge-${r}`}
              type="radio"
              name="discharge-reason"
              value={r}
              checked={reason === r}
              onChange={() => setReason(r)}
            />
            <label htmlFor={`discharge-${r}`}>{REASON_WORDS[r]}</label>
          </div>
        ))}
        <FieldError id="discharge-reason-error" message={reasonError} />
      </fieldset>
      <div className="field">
        <label htmlFor="discharge-summary">Discharge summary</label>
        <textarea
          id="discharge-summary"
          rows={4}
          value={summary}
          aria-invalid={summaryError ? true : undefined}
          aria-describedby={summaryError ? 'discharge-summary-error' : undefined}
          onChange={(e) => setSummary(e.target.value)}
        />
        <FieldError id="discharge-summary-error" message={summaryError} />
      </div>
      <div className="actions">
        <button type="submit" disabled={busy}>
          Discharge
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
