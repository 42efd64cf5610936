import { useId, useState } from 'react';
import type { AcknowledgeAlert, AlertOutcome } from '@omt/contracts';
import { ALERT_OUTCOME_LABELS, ALERT_OUTCOMES } from '@omt/domain';
import { ErrorAlert, FieldError, useFieldMessage, withoutField } from '../../components/messages';
import { useSubmit } from '../../components/use-submit';

/**
 * What was done about a safety task or a check-in alert, recorded with the acknowledgement: one outcome, and a
 * note (required for "Other"). The server checks both and names the field it refuses.
 */
export function AcknowledgeForm({
  patientName,
  onSave,
  onCancel,
}: {
  patientName: string;
  onSave: (ack: AcknowledgeAlert) => Promise<void>;
  onCancel: () => void;
}) {
  const id = useId();
  const [outcome, setOutcome] = useState<AlertOutcome | ''>('');
  const [note, setNote] = useState('');
  const fieldMessage = useFieldMessage();
  const [unchosen, setUnchosen] = useState(false);
  const { error, busy, submit } = useSubmit(async () => {
    setUnchosen(outcome === '');
    if (outcome !== '') await onSave({ outcome, note });
  });
  const outcomeError = unchosen ? 'Choose what was done.' : inWords(fieldMessage(error, 'outcome'));
  const noteError = inWords(fieldMessage(error, 'note'));
  return (
    <form
      className="acknowledge-form"
      onSubmit={(e) => void submit(e)}
      aria-label={`Acknowledge for ${patientName}`}
    >
      <fieldset
        className="inline-choices"
        aria-describedby={outcomeError ? `${id}-outcome-error` : undefined}
      >
        <legend>What was done?</legend>
        {ALERT_OUTCOMES.map((value) => (
          <label key={value} className="choice">
            <input
              type="radio"
              name={`${id}-outcome`}
              value={value}
              checked={outcome === value}
              onChange={() => setOutcome(value)}
            />
            {ALERT_OUTCOME_LABELS[value]}
          </label>
        ))}
        <FieldError id={`${id}-outcome-error`} message={outcomeError} />
      </fieldset>
      <label htmlFor={`${id}-note`}>Note {outcome === 'other' ? '(required for Other)' : '(optional)'}</label>
      <textarea
        id={`${id}-note`}
        rows={2}
        maxLength={2000}
        value={note}
        aria-invalid={noteError ? true : undefined}
        aria-describedby={noteError ? `${id}-note-error` : undefined}
        onChange={(e) => setNote(e.target.value)}
      />
      <FieldError id={`${id}-note-error`} message={noteError} />
      {!outcomeError && !noteError && <ErrorAlert error={error} title="Not acknowledged:" />}
      <div className="actions">
        <button type="submit" disabled={busy}>
          Save acknowledgement
        </button>
        <button type="button" className="button-secondary" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** A field's refusal as a sentence: without the field's name in front, capitalised. */
function inWords(message: string | undefined): string | undefined {
  const text = withoutField(message)?.replace(/\.+$/, '');
  return text ? `${text.charAt(0).toUpperCase()}${text.slice(1)}.` : undefined;
}

/** Who may act on it, in words: "Assigned to you", or "Assigned to Dr. X (read only)". */
export function assigneeText(
  item: {
    assignedTo: { id: string; name: string; supervisor: { id: string; name: string } | null };
    canAcknowledge: boolean;
  },
  me: string,
): string {
  const { assignedTo } = item;
  if (assignedTo.id === me) return 'Assigned to you';
  if (item.canAcknowledge) return `Assigned to ${assignedTo.name}, whom you supervise`;
  return `Assigned to ${assignedTo.name} (read only)`;
}
