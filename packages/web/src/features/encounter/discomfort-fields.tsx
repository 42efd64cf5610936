import { TextField } from '../../components/choice-group';
import { fieldError } from './field-errors';

export interface Discomfort {
  felt: boolean;
  description: string;
  actionTaken: string;
}
export const NO_DISCOMFORT: Discomfort = { felt: false, description: '', actionTaken: '' };

/** The RecordTreatment `discomfort` object, or nothing when the patient felt none. */
export function discomfortBody(d: Discomfort): { discomfort?: { description: string; actionTaken: string } } {
  return d.felt ? { discomfort: { description: d.description, actionTaken: d.actionTaken } } : {};
}

/** "If you feel pain or discomfort during treatment, tell your provider right away": what and what was done. */
export function DiscomfortFields({
  value,
  error,
  onChange,
}: {
  value: Discomfort;
  error: unknown;
  onChange: (d: Discomfort) => void;
}) {
  return (
    <fieldset className="discomfort">
      <legend>Discomfort during treatment</legend>
      <label className="choice">
        <input
          type="checkbox"
          checked={value.felt}
          onChange={(e) => onChange({ ...value, felt: e.target.checked })}
        />
        The patient reported pain or discomfort during treatment
      </label>
      {value.felt && (
        <div className="stack">
          <TextField
            id="treat-discomfort-description"
            field="discomfort.description"
            label="What the patient felt (required)"
            error={fieldError(error, 'discomfort.description')}
          >
            {(aria) => (
              <textarea
                {...aria}
                rows={2}
                value={value.description}
                onChange={(e) => onChange({ ...value, description: e.target.value })}
              />
            )}
          </TextField>
          <TextField
            id="treat-discomfort-action"
            field="discomfort.actionTaken"
            label="What was done about it (required)"
            error={fieldError(error, 'discomfort.actionTaken')}
          >
            {(aria) => (
              <textarea
                {...aria}
                rows={2}
                value={value.actionTaken}
                onChange={(e) => onChange({ ...value, actionTaken: e.target.value })}
              />
            )}
          </TextField>
        </div>
      )}
    </fieldset>
  );
}
