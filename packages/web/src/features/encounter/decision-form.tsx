import { useState, type FormEvent } from 'react';
import { useSubmit } from '../../components/use-submit';
import type { Encounter } from '@omt/contracts';
import { RadioGroup, TextField } from '../../components/choice-group';
import { ErrorAlert } from '../../components/messages';
import { fieldError } from './field-errors';

/**
 * A physician's recorded decision with its note (on a red flag, on a treatment under review): one choice,
 * a note saying what was decided and why, and the server's answer replacing the encounter.
 */
export function DecisionForm<D extends string>({
  subject,
  idPrefix,
  decisions,
  labels,
  send,
  onChange,
}: {
  /** What the decision is about, as the legend and the button's hidden text say it. */
  subject: string;
  /** Makes the radio name and the note's id unique on the page. */
  idPrefix: string;
  decisions: readonly D[];
  labels: Record<D, string>;
  send: (decision: D, note: string) => Promise<Encounter>;
  onChange: (e: Encounter) => void;
}) {
  const [decision, setDecision] = useState<D | null>(null);
  const [note, setNote] = useState('');
  const { error, setError, busy, submit } = useSubmit(async () => {
    if (decision) onChange(await send(decision, note));
  });
  const onSubmit = (event: FormEvent) => {
    if (decision) return void submit(event);
    event.preventDefault();
    setError('Choose a decision.');
  };
  return (
    <form className="stack review-form" onSubmit={onSubmit} noValidate>
      <RadioGroup
        legend={`Decision on ${subject}`}
        name={`${idPrefix}-decision`}
        inline
        options={decisions.map((d) => ({ value: d, label: labels[d] }))}
        value={decision}
        onChange={setDecision}
      />
      <TextField
        id={`${idPrefix}-note`}
        field="note"
        label="What was decided and why"
        error={fieldError(error, 'note')}
      >
        {(aria) => <textarea {...aria} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />}
      </TextField>
      {error !== null && <ErrorAlert error={error} title="Not recorded:" />}
      <button type="submit" disabled={busy}>
        Record decision<span className="visually-hidden"> on {subject}</span>
      </button>
    </form>
  );
}
