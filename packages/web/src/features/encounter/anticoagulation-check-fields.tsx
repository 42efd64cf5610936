import { ANTICOAGULATION_RECENCY, type AnticoagulationLevelCheck } from '@omt/domain';
import { TextField } from '../../components/choice-group';
import { fieldError } from './field-errors';

/** The form's text for the last level check: empty strings until entered. */
export interface CheckDraft {
  date: string;
  inr: string;
  result: '' | 'in_range' | 'out_of_range';
}

export function draftOfCheck(check: AnticoagulationLevelCheck | null): CheckDraft {
  if (!check) return { date: '', inr: '', result: '' };
  return {
    date: check.date,
    inr: check.inr === null ? '' : String(check.inr),
    result: check.inRange ? 'in_range' : 'out_of_range',
  };
}

/** No date: no check recorded. A check with no result chosen is saved as not in range (the safer reading). */
export function checkOfDraft(d: CheckDraft): AnticoagulationLevelCheck | null {
  if (d.date.trim() === '') return null;
  return {
    date: d.date,
    inr: d.inr.trim() === '' ? null : Number(d.inr),
    inRange: d.result === 'in_range',
  };
}

const { maxAgeDays, inrLow, inrHigh, evidence } = ANTICOAGULATION_RECENCY;

/** Date, INR and result of the last anticoagulation level check; direct techniques read it. */
export function AnticoagulationCheckFields({
  draft,
  onChange,
  error,
  today,
}: {
  draft: CheckDraft;
  onChange: (d: CheckDraft) => void;
  error: unknown;
  today: string;
}) {
  return (
    <fieldset className="anticoagulation-check" aria-describedby="anticoagulation-check-hint">
      <legend>Last anticoagulation level check</legend>
      <p className="hint" id="anticoagulation-check-hint">
        Direct techniques need a check in the last {maxAgeDays} days that was in range (INR{' '}
        {inrLow.toFixed(1)}–{inrHigh.toFixed(1)} when measured). This interval is {evidence}. Leave the date
        empty if there is no check on record.
      </p>
      <TextField
        id="anticoagulation-check-date"
        field="anticoagulationCheck.date"
        label="Date of the check"
        error={fieldError(error, 'anticoagulationCheck.date')}
      >
        {(aria) => (
          <input
            {...aria}
            type="date"
            max={today}
            value={draft.date}
            onChange={(e) => onChange({ ...draft, date: e.target.value })}
          />
        )}
      </TextField>
      <TextField
        id="anticoagulation-check-inr"
        field="anticoagulationCheck.inr"
        label="INR (if measured)"
        error={fieldError(error, 'anticoagulationCheck.inr')}
      >
        {(aria) => (
          <input
            {...aria}
            type="number"
            min={0.5}
            max={15}
            step={0.1}
            value={draft.inr}
            onChange={(e) => onChange({ ...draft, inr: e.target.value })}
          />
        )}
      </TextField>
      <fieldset className="inline-choices" data-field="anticoagulationCheck.inRange">
        <legend>Result</legend>
        {(
          [
            ['in_range', 'In range'],
            ['out_of_range', 'Out of range'],
          ] as const
        ).map(([value, label]) => (
          <label key={value} className="choice">
            <input
              type="radio"
              name="anticoagulation-check-result"
              value={value}
              checked={draft.result === value}
              onChange={() => onChange({ ...draft, result: value })}
            />
            {label}
          </label>
        ))}
      </fieldset>
    </fieldset>
  );
}
