import type { VisitEligibilityView } from '@omt/contracts';
import { TextField } from '../../components/choice-group';

const AGES = [
  ['minAgeDays', 'Youngest age on the day of the visit (days; empty: no limit)'],
  ['maxAgeDays', 'Oldest age on the day of the visit (days; empty: no limit)'],
] as const;

/** Who a visit type is for: an age range in days and a recorded pregnancy; booking refuses anyone else. */
export function EligibilityField({
  id,
  value,
  error,
  onChange,
}: {
  id: string;
  value: VisitEligibilityView;
  error: (field: string) => string | undefined;
  onChange: (v: VisitEligibilityView) => void;
}) {
  return (
    <fieldset data-field="eligibility">
      <legend>Who it is for</legend>
      <p className="hint">For example, younger than 18 years is at most 6573 days; 2 years is 730 days.</p>
      {AGES.map(([key, label]) => (
        <TextField
          key={key}
          id={`${id}-${key}`}
          field={`eligibility.${key}`}
          label={label}
          error={error(`eligibility.${key}`)}
        >
          {(aria) => (
            <input
              type="number"
              min={0}
              step={1}
              {...aria}
              value={value[key] ?? ''}
              onChange={(e) =>
                onChange({ ...value, [key]: e.target.value.trim() === '' ? null : Number(e.target.value) })
              }
            />
          )}
        </TextField>
      ))}
      <label className="choice">
        <input
          type="checkbox"
          checked={value.requiresPregnancy}
          onChange={(e) => onChange({ ...value, requiresPregnancy: e.target.checked })}
        />{' '}
        Only for patients recorded as pregnant
      </label>
    </fieldset>
  );
}
