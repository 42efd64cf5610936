import { useState, type FormEvent, type ReactNode } from 'react';
import { ApiError } from '../api/client';
import { formatDateTime, formatStamp, localInputToInstant } from '../time';
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
  /** The zone the times are entered and shown in (a location's); without it, this device's zone. */
  zone?: { timeZone: string; label: string };
  /** Saves the period; returns what to tell the user. */
  onSave: (period: { start: string; end: string; reason: string }) => Promise<string>;
  /** Given, each listed period gets a Delete button; returns what to tell the user. */
  onDelete?: (item: PeriodItem) => Promise<string>;
}

/** A from/until (+ reason) form in a location's zone (or this device's), with the periods already saved listed. */
export function PeriodForm(props: PeriodFormProps) {
  const [start, setStart] = useState('');
  const [end, setEnd] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const zone = props.zone;
  const toInstantIn = (value: string) =>
    zone ? localInputToInstant(value, zone.timeZone) : new Date(value).toISOString();
  const show = (iso: string) => (zone ? formatDateTime(iso, zone.timeZone) : formatStamp(iso));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      setDone(await props.onSave({ start: toInstantIn(start), end: toInstantIn(end), reason }));
    } catch (err) {
      setError(err);
    }
  };
  const remove = async (item: PeriodItem) => {
    setError(null);
    try {
      if (props.onDelete) setDone(await props.onDelete(item));
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
      <p className="muted">
        {zone ? `Times are in ${zone.label}.` : "Times are in this device's time zone."}
      </p>
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
              {show(p.start)} – {show(p.end)}
              {p.reason ? `: ${p.reason}` : ''}
              {props.onDelete && (
                <>
                  {' '}
                  <button
                    type="button"
                    className="button-secondary"
                    aria-label={`Delete ${show(p.start)} – ${show(p.end)}${p.reason ? `: ${p.reason}` : ''}`}
                    onClick={() => void remove(p)}
                  >
                    Delete
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </form>
  );
}
