import { useEffect, type ReactNode } from 'react';
import { ApiError } from '../../api/client';
import { FieldError } from '../../components/messages';
import {
  EMPTY_GUARDIAN,
  SERVER_FIELD,
  type GuardianDraft,
  type RegistrationDraft,
} from './registration-form-state';

/** The server's message for a field, without its `field: ` prefix, when the error names one of `fields`. */
function messageFor(error: unknown, fields: string[]): string | undefined {
  if (!(error instanceof ApiError) || !error.field || !fields.includes(error.field)) return undefined;
  const prefix = `${error.field}: `;
  return error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
}

/**
 * What the alert above the form says: for a refused field, to look at the field (its message is shown there);
 * otherwise the server's message (a duplicate warning, a stale edit, no connection).
 */
export function formProblem(error: unknown): unknown {
  if (error instanceof ApiError && error.status === 400 && error.field) {
    return 'Correct the marked field and send the form again.';
  }
  return error;
}

const idOf = (field: string) => `patient-${field.replace(/\./g, '-')}`;

interface InputProps {
  label: string;
  /** The server's name for this field first, then names that also point here. */
  fields: string[];
  value: string;
  onChange: (value: string) => void;
  error: unknown;
  type?: 'text' | 'email' | 'tel' | 'date';
  autoComplete?: string;
  required?: boolean;
  hint?: string;
}

function Input({
  label,
  fields,
  value,
  onChange,
  error,
  type = 'text',
  autoComplete,
  required,
  hint,
}: InputProps) {
  const id = idOf(fields[0] ?? label);
  const message = messageFor(error, fields);
  const described = [hint ? `${id}-hint` : '', message ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {required ? ' (required)' : ''}
      </label>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <input
        id={id}
        type={type}
        value={value}
        autoComplete={autoComplete}
        required={required}
        aria-invalid={message ? true : undefined}
        aria-describedby={described || undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      <FieldError id={`${id}-error`} message={message} />
    </div>
  );
}

function Select<V extends string>(props: {
  label: string;
  field: string;
  value: V;
  options: [V, string][];
  onChange: (value: V) => void;
  error: unknown;
}) {
  const id = idOf(props.field);
  const message = messageFor(props.error, [props.field]);
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <select
        id={id}
        value={props.value}
        aria-invalid={message ? true : undefined}
        aria-describedby={message ? `${id}-error` : undefined}
        onChange={(e) => props.onChange(e.target.value as V)}
      >
        {props.options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
      <FieldError id={`${id}-error`} message={message} />
    </div>
  );
}

function Group({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      <div className="checkbox-grid">{children}</div>
    </fieldset>
  );
}

/** Moves the focus to the field the server refused, so keyboard and screen-reader users land on it. */
function useFocusRefusedField(error: unknown) {
  useEffect(() => {
    if (!(error instanceof ApiError) || !error.field) return;
    const direct = document.getElementById(idOf(error.field));
    const entry = Object.entries(SERVER_FIELD).find(([, names]) => names.includes(error.field ?? ''));
    const target = direct ?? (entry ? document.getElementById(idOf(entry[1][0] ?? '')) : null);
    target?.focus();
  }, [error]);
}

const SEX: ['female' | 'male' | 'other' | 'unknown', string][] = [
  ['unknown', 'Not stated'],
  ['female', 'Female'],
  ['male', 'Male'],
  ['other', 'Other'],
];
const RELATIONSHIP: [GuardianDraft['relationship'], string][] = [
  ['parent', 'Parent'],
  ['legal_guardian', 'Legal guardian'],
  ['other', 'Other'],
];

/** Every registration field, grouped; the server's refusal is shown at its field. */
export function RegistrationFields({
  draft,
  onChange,
  error,
}: {
  draft: RegistrationDraft;
  onChange: (draft: RegistrationDraft) => void;
  error: unknown;
}) {
  useFocusRefusedField(error);
  const set =
    <K extends keyof RegistrationDraft>(key: K) =>
    (value: RegistrationDraft[K]) =>
      onChange({ ...draft, [key]: value });
  const text = (key: keyof RegistrationDraft, label: string, extra: Partial<InputProps> = {}) => (
    <Input
      label={label}
      fields={SERVER_FIELD[key] ?? [key]}
      value={draft[key] as string}
      onChange={set(key)}
      error={error}
      {...extra}
    />
  );
  const setGuardian = (i: number, g: Partial<GuardianDraft>) =>
    onChange({ ...draft, guardians: draft.guardians.map((old, j) => (j === i ? { ...old, ...g } : old)) });
  const guardiansMessage = messageFor(error, ['guardians']);
  return (
    <>
      <Group legend="Patient">
        {text('givenName', 'Given name', { required: true, autoComplete: 'off' })}
        {text('familyName', 'Family name', { required: true, autoComplete: 'off' })}
        {text('birthDate', 'Date of birth', { required: true, type: 'date' })}
        <Select label="Sex" field="sex" value={draft.sex} options={SEX} onChange={set('sex')} error={error} />
        <Select
          label="Preferred language"
          field="preferredLanguage"
          value={draft.preferredLanguage}
          options={[
            ['en', 'English'],
            ['es', 'Español (Spanish)'],
          ]}
          onChange={set('preferredLanguage')}
          error={error}
        />
      </Group>
      <Group legend="Contact">
        {text('phone', 'Phone', { type: 'tel', autoComplete: 'off' })}
        {text('email', 'Email', { type: 'email', autoComplete: 'off' })}
        {text('addressLine1', 'Address line 1', { autoComplete: 'off' })}
        {text('addressLine2', 'Address line 2', { autoComplete: 'off' })}
        {text('city', 'City', { autoComplete: 'off' })}
        {text('state', 'State', { autoComplete: 'off' })}
        {text('postalCode', 'ZIP code', { autoComplete: 'off' })}
      </Group>
      <Group legend="Emergency contact">
        {text('emergencyName', 'Name', { autoComplete: 'off' })}
        {text('emergencyPhone', 'Phone', { type: 'tel', autoComplete: 'off' })}
        {text('emergencyRelationship', 'Relationship', { autoComplete: 'off' })}
      </Group>
      <Group legend="Insurance">
        {text('insurancePayer', 'Payer', { autoComplete: 'off' })}
        {text('insuranceMemberId', 'Member ID', { autoComplete: 'off' })}
        {text('insuranceGroupId', 'Group ID', { autoComplete: 'off' })}
      </Group>
      <fieldset aria-describedby={guardiansMessage ? 'patient-guardians-error' : 'patient-guardians-hint'}>
        <legend>Guardians</legend>
        <p className="hint" id="patient-guardians-hint">
          A patient under 18 needs at least one guardian. Give the email of the guardian&apos;s own patient
          portal account to let them book for the patient.
        </p>
        <FieldError id="patient-guardians-error" message={guardiansMessage} />
        {draft.guardians.map((g, i) => (
          <div key={i} className="checkbox-grid">
            <Input
              label={`Guardian ${i + 1} name`}
              fields={[`guardians.${i}.name`]}
              value={g.name}
              onChange={(name) => setGuardian(i, { name })}
              error={error}
              autoComplete="off"
            />
            <Select
              label={`Guardian ${i + 1} relationship`}
              field={`guardians.${i}.relationship`}
              value={g.relationship}
              options={RELATIONSHIP}
              onChange={(relationship) => setGuardian(i, { relationship })}
              error={error}
            />
            <Input
              label={`Guardian ${i + 1} phone`}
              fields={[`guardians.${i}.phone`]}
              type="tel"
              value={g.phone}
              onChange={(phone) => setGuardian(i, { phone })}
              error={error}
              autoComplete="off"
            />
            <Input
              label={`Guardian ${i + 1} email`}
              fields={[`guardians.${i}.email`]}
              type="email"
              value={g.email}
              onChange={(email) => setGuardian(i, { email })}
              error={error}
              autoComplete="off"
            />
            <Input
              label={`Guardian ${i + 1} portal account email`}
              fields={[`guardians.${i}.portalAccountEmail`]}
              type="email"
              value={g.portalAccountEmail}
              onChange={(portalAccountEmail) => setGuardian(i, { portalAccountEmail })}
              error={error}
              autoComplete="off"
            />
            <div className="field">
              <button
                type="button"
                className="button-secondary"
                onClick={() => onChange({ ...draft, guardians: draft.guardians.filter((_, j) => j !== i) })}
              >
                Remove guardian {i + 1}
              </button>
            </div>
          </div>
        ))}
        {draft.guardians.length < 4 && (
          <button
            type="button"
            className="button-secondary"
            onClick={() => onChange({ ...draft, guardians: [...draft.guardians, EMPTY_GUARDIAN] })}
          >
            Add a guardian
          </button>
        )}
      </fieldset>
    </>
  );
}
