import type { AddChildRequest } from '@omt/contracts';

type PatientSex = AddChildRequest['sex'];
import { useFieldMessage, FieldError } from '../../components/messages';
import { usePortalText } from '../../i18n/use-portal-text';
import { FormField, withoutField } from '../auth/form-field';

/** A person's name, date of birth and sex as typed (sign-up, a child added by a parent). */
export interface PersonDraft {
  givenName: string;
  familyName: string;
  birthDate: string;
  sex: PatientSex | '';
}

export const EMPTY_PERSON: PersonDraft = { givenName: '', familyName: '', birthDate: '', sex: '' };

const SEX_OPTIONS = [
  { value: 'female', key: 'sexFemale' },
  { value: 'male', key: 'sexMale' },
  { value: 'other', key: 'sexOther' },
  { value: 'unknown', key: 'sexUnknown' },
] as const satisfies readonly { value: PatientSex; key: string }[];

/** A labelled select whose error (named by the server) is tied to it for screen readers. */
export function SelectField<V extends string>(props: {
  id: string;
  label: string;
  value: V | '';
  options: readonly { value: V; label: string }[];
  onChange: (value: V) => void;
  error: string | undefined;
  placeholder?: string;
}) {
  const message = withoutField(props.error);
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <select
        id={props.id}
        value={props.value}
        required
        aria-invalid={message ? true : undefined}
        aria-describedby={message ? `${props.id}-error` : undefined}
        onChange={(e) => props.onChange(e.target.value as V)}
      >
        {props.placeholder !== undefined && <option value="">{props.placeholder}</option>}
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldError id={`${props.id}-error`} message={message} />
    </div>
  );
}

/** Given and family name, date of birth, sex; each shows the server's refusal of that field. */
export function PersonFields(props: {
  idPrefix: string;
  draft: PersonDraft;
  onChange: (draft: PersonDraft) => void;
  error: unknown;
}) {
  const fieldMessage = useFieldMessage();
  const { idPrefix, draft, onChange, error } = props;
  const { t } = usePortalText();
  const set = (key: keyof PersonDraft) => (value: string) => onChange({ ...draft, [key]: value });
  return (
    <>
      <FormField
        id={`${idPrefix}-given-name`}
        label={t('personGivenName')}
        autoComplete={idPrefix === 'signup' ? 'given-name' : 'off'}
        required
        value={draft.givenName}
        onChange={(e) => set('givenName')(e.target.value)}
        error={fieldMessage(error, 'givenName')}
      />
      <FormField
        id={`${idPrefix}-family-name`}
        label={t('personFamilyName')}
        autoComplete={idPrefix === 'signup' ? 'family-name' : 'off'}
        required
        value={draft.familyName}
        onChange={(e) => set('familyName')(e.target.value)}
        error={fieldMessage(error, 'familyName')}
      />
      <FormField
        id={`${idPrefix}-birth-date`}
        label={t('personBirthDate')}
        type="date"
        autoComplete={idPrefix === 'signup' ? 'bday' : 'off'}
        required
        value={draft.birthDate}
        onChange={(e) => set('birthDate')(e.target.value)}
        error={fieldMessage(error, 'birthDate')}
      />
      <SelectField
        id={`${idPrefix}-sex`}
        label={t('personSex')}
        value={draft.sex}
        options={SEX_OPTIONS.map((o) => ({ value: o.value, label: t(o.key) }))}
        placeholder={t('personChoose')}
        onChange={set('sex')}
        error={fieldMessage(error, 'sex')}
      />
    </>
  );
}
