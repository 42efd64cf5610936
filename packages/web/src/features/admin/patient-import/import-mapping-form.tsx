import type { ImportMapping } from '@omt/contracts';
import { ApiError } from '../../../api/client';
import { FieldError } from '../../../components/messages';
import { IMPORT_FIELD_LABELS, REQUIRED_FIELDS } from './import-labels';

type Field = keyof ImportMapping;

/** One select per patient field: which column of the file fills it (or none). */
export function ImportMappingForm(props: {
  header: string[];
  mapping: ImportMapping;
  onChange: (mapping: ImportMapping) => void;
  /** The server's refusal, shown under the field it names. */
  error: unknown;
}) {
  const { header, mapping, error } = props;
  const refused = error instanceof ApiError && error.field?.startsWith('mapping.') ? error : null;
  const fields = Object.keys(IMPORT_FIELD_LABELS) as Field[];
  return (
    <fieldset>
      <legend>Columns of the file</legend>
      <p className="hint">
        The proposed column for each field comes from the file’s header. Change any that are wrong; fields
        marked “required” need a column.
      </p>
      <div className="checkbox-grid">
        {fields.map((field) => {
          const id = `map-${field}`;
          const required = REQUIRED_FIELDS.includes(field);
          const message =
            refused?.field === `mapping.${field}`
              ? refused.message.replace(/^mapping\.\w+: /, '')
              : undefined;
          return (
            <div className="field" key={field} data-field={`mapping.${field}`}>
              <label htmlFor={id}>
                {IMPORT_FIELD_LABELS[field]}
                {required ? ' (required)' : ''}
              </label>
              <select
                id={id}
                aria-invalid={message ? true : undefined}
                aria-describedby={message ? `${id}-error` : undefined}
                value={mapping[field] === null ? '' : String(mapping[field])}
                onChange={(e) =>
                  props.onChange({
                    ...mapping,
                    [field]: e.target.value === '' ? null : Number(e.target.value),
                  })
                }
              >
                <option value="">Not in the file</option>
                {header.map((name, i) => (
                  <option key={i} value={i}>
                    {name || `Column ${i + 1}`}
                  </option>
                ))}
              </select>
              <FieldError id={`${id}-error`} message={message} />
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
