import {
  CONDITION_CATALOGUE,
  CONDITION_GROUP_LABELS,
  CONDITION_GROUPS,
  conditionsInGroup,
  type ConditionCode,
} from '@omt/domain';
import { FieldError } from '../../components/messages';

/** The further conditions the technique safety checks read, as a checklist grouped by body system. */
export function ConditionsChecklist({
  values,
  onChange,
  error,
}: {
  values: readonly ConditionCode[];
  onChange: (values: ConditionCode[]) => void;
  error?: string | undefined;
}) {
  const toggle = (code: ConditionCode, on: boolean) =>
    onChange(on ? [...values, code] : values.filter((c) => c !== code));
  return (
    <fieldset
      className="conditions-checklist"
      data-field="conditions"
      aria-describedby={error ? 'error-conditions' : undefined}
    >
      <legend>Other conditions</legend>
      <p className="hint">Tick what applies; each one is checked against the technique rules.</p>
      {CONDITION_GROUPS.map((group) => (
        <fieldset key={group} className="condition-group">
          <legend>{CONDITION_GROUP_LABELS[group]}</legend>
          <div className="checkbox-grid">
            {conditionsInGroup(group).map((code) => (
              <label key={code} className="choice">
                <input
                  type="checkbox"
                  name="conditions"
                  value={code}
                  checked={values.includes(code)}
                  onChange={(e) => toggle(code, e.target.checked)}
                />
                {CONDITION_CATALOGUE[code].label}
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      <FieldError id="error-conditions" message={error} />
    </fieldset>
  );
}
