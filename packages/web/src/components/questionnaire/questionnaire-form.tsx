import { useMemo, useState, type FormEvent } from 'react';
import type { Questionnaire, QuestionnaireItem, QuestionnaireResponse } from '@omt/contracts';
import { ApiError } from '../../api/client';
import { focusField } from '../choice-group';
import { ErrorAlert } from '../messages';
import { answersOf, toResponse, type Raw, type RawValues } from './answers';
import { checkItem } from './checks';
import { enabledLinkIds, flatten } from './enable-when';
import { ItemField } from './item-field';

interface Props {
  questionnaire: Questionnaire;
  submitLabel: string;
  /** Sends the response; an ApiError naming a field (a linkId) is shown next to that item. */
  onSubmit: (response: QuestionnaireResponse) => Promise<void>;
}

type Errors = Record<string, string>;

function Items(props: {
  items: QuestionnaireItem[] | undefined;
  enabled: Set<string>;
  raw: RawValues;
  errors: Errors;
  onChange: (linkId: string, raw: Raw) => void;
}) {
  const { items, enabled, raw, errors, onChange } = props;
  return (
    <>
      {(items ?? [])
        .filter((item) => enabled.has(item.linkId))
        .map((item) =>
          item.type === 'group' ? (
            <fieldset key={item.linkId} className="subsection" data-field={item.linkId}>
              <legend>{item.text}</legend>
              <Items {...props} items={item.item} />
            </fieldset>
          ) : (
            <ItemField
              key={item.linkId}
              item={item}
              raw={raw[item.linkId]}
              error={errors[item.linkId]}
              onChange={onChange}
            />
          ),
        )}
    </>
  );
}

/** A FHIR R4 Questionnaire as an accessible form: hidden items are not sent; problems show by their question. */
export function QuestionnaireForm({ questionnaire, submitLabel, onSubmit }: Props) {
  const [raw, setRaw] = useState<RawValues>({});
  const [errors, setErrors] = useState<Errors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const items = useMemo(() => flatten(questionnaire).map((e) => e.item), [questionnaire]);
  const answers = useMemo(() => answersOf(items, raw), [items, raw]);
  const enabled = useMemo(() => enabledLinkIds(questionnaire, answers), [questionnaire, answers]);

  const change = (linkId: string, value: Raw) => {
    setRaw((prev) => ({ ...prev, [linkId]: value }));
    setErrors(({ [linkId]: _gone, ...rest }) => rest);
  };
  const show = (found: Errors, message: string) => {
    setErrors(found);
    setProblem(message);
    const first = Object.keys(found)[0];
    if (first) requestAnimationFrame(() => focusField(first));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Errors = {};
    for (const item of items) {
      const rule = enabled.has(item.linkId) ? checkItem(item, raw[item.linkId]) : null;
      if (rule) found[item.linkId] = rule;
    }
    const count = Object.keys(found).length;
    if (count)
      return show(
        found,
        `${count} answer${count === 1 ? ' needs' : 's need'} attention; each is marked below.`,
      );
    setBusy(true);
    setProblem(null);
    try {
      await onSubmit(toResponse(questionnaire, answers, enabled));
    } catch (error) {
      const field = error instanceof ApiError ? error.field : undefined;
      const message = error instanceof Error ? error.message : 'Could not send your answers.';
      show(field ? { [field]: message.replace(`${field}: `, '') } : {}, message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="stack">
      <p className="muted">Please answer every question unless it says optional.</p>
      <Items items={questionnaire.item} enabled={enabled} raw={raw} errors={errors} onChange={change} />
      <ErrorAlert error={problem ?? undefined} title="Please check your answers:" />
      <button type="submit" disabled={busy}>
        {busy ? 'Sending…' : submitLabel}
      </button>
    </form>
  );
}
