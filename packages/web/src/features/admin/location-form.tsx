import { useMemo, useState, type FormEvent } from 'react';
import type { Location, LocationInput } from '@omt/contracts';
import { ApiError } from '../../api/client';
import { TextField, focusField } from '../../components/choice-group';
import { ErrorAlert } from '../../components/messages';

const EMPTY: LocationInput = { name: '', timeZone: '', address: '', phone: '' };

/** Create or edit a location's own facts; the time zone is chosen from the IANA list. */
export function LocationForm(props: {
  idPrefix: string;
  location?: Location;
  submitLabel: string;
  onSave: (input: LocationInput) => Promise<void>;
  onCancel?: () => void;
}) {
  const { location } = props;
  const [draft, setDraft] = useState<LocationInput>(
    location
      ? { name: location.name, timeZone: location.timeZone, address: location.address, phone: location.phone }
      : EMPTY,
  );
  const [error, setError] = useState<unknown>(null);
  const zones = useMemo(() => Intl.supportedValuesOf('timeZone'), []);
  const fieldError = (f: string) =>
    error instanceof ApiError && error.field === f ? error.message : undefined;
  const set = (key: keyof LocationInput) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      await props.onSave(draft);
      if (!location) setDraft(EMPTY);
    } catch (err) {
      setError(err);
      if (err instanceof ApiError && err.field) focusField(err.field);
    }
  };
  const id = (f: string) => `${props.idPrefix}-${f}`;
  const text = (f: 'name' | 'address' | 'phone', label: string, type = 'text') => (
    <TextField id={id(f)} field={f} label={label} error={fieldError(f)}>
      {(aria) => <input {...aria} type={type} value={draft[f]} onChange={(e) => set(f)(e.target.value)} />}
    </TextField>
  );
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      {text('name', 'Name')}
      <TextField
        id={id('timeZone')}
        field="timeZone"
        label="Time zone"
        hint="Visits there are shown and booked on this clock."
        error={fieldError('timeZone')}
      >
        {(aria) => (
          <select {...aria} value={draft.timeZone} onChange={(e) => set('timeZone')(e.target.value)}>
            <option value="">Choose a time zone</option>
            {zones.map((z) => (
              <option key={z} value={z}>
                {z}
              </option>
            ))}
          </select>
        )}
      </TextField>
      {text('address', 'Address')}
      {text('phone', 'Phone', 'tel')}
      <ErrorAlert error={error instanceof ApiError && error.field ? null : error} title="Not saved:" />
      <div className="button-row">
        {props.onCancel && (
          <button type="button" className="button-secondary" onClick={props.onCancel}>
            Cancel
          </button>
        )}
        <button type="submit">{props.submitLabel}</button>
      </div>
    </form>
  );
}
