import type { ReactNode } from 'react';
import type { QuestionnaireItem } from '@omt/contracts';
import { CheckboxGroup, RadioGroup, TextField } from '../choice-group';
import type { Raw } from './answers';
import { limitsOf } from './checks';
import { fillWords, type FormWords } from './form-words';

export interface FieldProps {
  item: QuestionnaireItem;
  raw: Raw | undefined;
  error: string | undefined;
  onChange: (linkId: string, raw: Raw) => void;
  words: FormWords;
}

const controlId = (linkId: string) => `q-${linkId.replace(/[^A-Za-z0-9_-]/g, '-')}`;
const label = (item: QuestionnaireItem, w: FormWords): ReactNode =>
  item.required ? item.text : `${item.text ?? ''} ${w.optional}`;

function ChoiceField({ item, raw, error, onChange, words }: FieldProps) {
  const options = (item.answerOption ?? []).map((o) => ({
    value: o.valueCoding?.code ?? '',
    label: o.valueCoding?.display ?? o.valueCoding?.code,
  }));
  const values = Array.isArray(raw) ? raw : [];
  const common = { legend: label(item, words), name: item.linkId, field: item.linkId, error, options };
  if (item.repeats)
    return <CheckboxGroup {...common} values={values} onChange={(v) => onChange(item.linkId, v)} />;
  return <RadioGroup {...common} value={values[0] ?? null} onChange={(v) => onChange(item.linkId, [v])} />;
}

function BooleanField({ item, raw, error, onChange, words }: FieldProps) {
  return (
    <RadioGroup
      legend={label(item, words)}
      name={item.linkId}
      field={item.linkId}
      error={error}
      inline
      options={[
        { value: 'yes', label: words.yes },
        { value: 'no', label: words.no },
      ]}
      value={raw === true ? 'yes' : raw === false ? 'no' : null}
      onChange={(v) => onChange(item.linkId, v === 'yes')}
    />
  );
}

function InputField({ item, raw, error, onChange, words }: FieldProps) {
  const value = typeof raw === 'string' ? raw : '';
  const { min, max } = limitsOf(item);
  const numeric = item.type === 'integer' || item.type === 'decimal';
  const hint =
    numeric && min !== undefined && max !== undefined
      ? fillWords(words.numberFromTo, { min, max })
      : undefined;
  const long = item.type === 'text' || (item.type === 'string' && (item.maxLength ?? 0) > 200);
  const set = (v: string) => onChange(item.linkId, v);
  return (
    <TextField
      id={controlId(item.linkId)}
      field={item.linkId}
      label={label(item, words)}
      hint={hint}
      error={error}
    >
      {(aria) =>
        long ? (
          <textarea
            {...aria}
            rows={3}
            maxLength={item.maxLength}
            value={value}
            onChange={(e) => set(e.target.value)}
          />
        ) : (
          <input
            {...aria}
            type={numeric ? 'number' : item.type === 'date' ? 'date' : 'text'}
            inputMode={item.type === 'integer' ? 'numeric' : item.type === 'decimal' ? 'decimal' : undefined}
            step={item.type === 'integer' ? 1 : item.type === 'decimal' ? 'any' : undefined}
            min={min}
            max={max}
            maxLength={item.maxLength}
            value={value}
            onChange={(e) => set(e.target.value)}
          />
        )
      }
    </TextField>
  );
}

/** One question, rendered by its FHIR item type. */
export function ItemField(props: FieldProps) {
  const { type } = props.item;
  if (type === 'choice') return <ChoiceField {...props} />;
  if (type === 'boolean') return <BooleanField {...props} />;
  if (type === 'display') return <p>{props.item.text}</p>;
  return <InputField {...props} />;
}
