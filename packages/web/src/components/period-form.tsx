import { useState, type FormEvent, type ReactNode } from 'react';
import { ApiError } from '../api/client';
import { formatStamp } from '../time';
import { TextField } from './choice-group';
import { ErrorAlert, StatusMessage } from './messages';

export interface PeriodItem {
  id: string;
  start: string;
  end: string;
  reason?: string;
}

export interface PeriodFormProps {
  heading: string;
  idPrefix: string;
  startLabel: string;
  endLabel: string;
  /** Omit to ask for no reason. */
  reasonLabel?: string;
  submitLabel: string;
  errorTitle: string;
  items: PeriodItem[];
  /** Extra fields above the times (e.g. a location). */
  children?: ReactNode;
  /** Saves the period; returns what to tell the user. */
  onSave: (period: { start: string; end: string; reason: string }) => Promise<string>;
}

/** A from/until (+ reason) form in this device's time zone, with the periods already saved listed. */
export function PeriodForm(props: PeriodFormProps) {
  const [start, setStart] = useState('');
  const [end, setEnd] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      setDone(
        await props.onSave({
          start: new Date(start).toISOString(),
          end: new Date(end).toISOString(),
          reason,
        }),
      );
    } catch (err) {
      setError(err);
    }
  };
  const fieldError = (f: string) =>
    error instanceof ApiError && error.field === f ? error.message : undefined;
  const id = (f: string) => `${props.idPrefix}-${f}`;
  return (
    <form onSubmit={(e) => void submit(e)}>
      <h3>{props.heading}</h3>
      <p className="muted">Times are in this device&apos;s time zone.</p>
      {props.children}
      <TextField id={id('start')} field="start" label={props.startLabel} error={fieldError('start')}>
        {(aria) => (
          <input
            type="datetime-local"
            {...aria}
            value={start}
            onChange={(e) => setStart(e.target.value)}
            required
          />
        )}
      </TextField>
      <TextField id={id('end')} field="end" label={props.endLabel} error={fieldError('end')}>
        {(aria) => (
          <input
            type="datetime-local"
            {...aria}
            value={end}
            onChange={(e) => setEnd(e.target.value)}
            required
          />
        )}
      </TextField>
      {props.reasonLabel && (
        <TextField id={id('reason')} field="reason" label={props.reasonLabel} error={fieldError('reason')}>
          {(aria) => <input {...aria} value={reason} onChange={(e) => setReason(e.target.value)} />}
        </TextField>
      )}
      <ErrorAlert error={error instanceof ApiError && error.field ? null : error} title={props.errorTitle} />
      <StatusMessage>{done}</StatusMessage>
      <button type="submit">{props.submitLabel}</button>
      {props.items.length > 0 && (
        <ul className="plain-list">
          {props.items.map((p) => (
            <li key={p.id}>
              {formatStamp(p.start)} – {formatStamp(p.end)}
              {p.reason ? `: ${p.reason}` : ''}
            </li>
          ))}
        </ul>
      )}
    </form>
  );
}
