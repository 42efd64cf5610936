import { Fragment, useMemo, useState, type FormEvent } from 'react';
import { ITEM_LANGUAGE_URL } from '@omt/domain';
import type { Questionnaire, QuestionnaireItem, QuestionnaireResponse } from '@omt/contracts';
import { ApiError } from '../../api/client';
import { focusField } from '../choice-group';
import { ErrorAlert, useErrorText } from '../messages';
import { answersOf, toResponse, type Raw, type RawValues } from './answers';
import { checkItem } from './checks';
import { ENGLISH_FORM_WORDS, fillWords, type FormWords } from './form-words';
import { enabledLinkIds, flatten } from './enable-when';
import { ItemField } from './item-field';

interface Props {
  questionnaire: Questionnaire;
  submitLabel: string;
  /** Sends the response; an ApiError naming a field (a linkId) is shown next to that item. */
  onSubmit: (response: QuestionnaireResponse) => Promise<void>;
  /** The words around the questions in the questionnaire's language (English by default). */
  words?: FormWords;
}

/** The language a group is worded in when it differs from the form's (a validated instrument kept in English). */
function otherLanguage(item: QuestionnaireItem, formLang: string): string | undefined {
  const lang = item.extension?.find((e) => e.url === ITEM_LANGUAGE_URL)?.valueCode;
  return lang && lang !== formLang ? lang : undefined;
}

type Errors = Record<string, string>;

function Items(props: {
  items: QuestionnaireItem[] | undefined;
  enabled: Set<string>;
  raw: RawValues;
  errors: Errors;
  onChange: (linkId: string, raw: Raw) => void;
  words: FormWords;
  lang: string;
}) {
  const { items, enabled, raw, errors, onChange, words, lang } = props;
  return (
    <>
      {(items ?? [])
        .filter((item) => enabled.has(item.linkId))
        .map((item) =>
          item.type === 'group' ? (
            <Fragment key={item.linkId}>
              {otherLanguage(item, lang) && <p className="hint">{words.otherLanguageNote}</p>}
              <fieldset className="subsection" data-field={item.linkId} lang={otherLanguage(item, lang)}>
                <legend>{item.text}</legend>
                {/* A group kept in English (a validated instrument) gets its hints and checks in English too. */}
                <Items
                  {...props}
                  items={item.item}
                  words={otherLanguage(item, lang) === 'en' ? ENGLISH_FORM_WORDS : words}
                />
              </fieldset>
            </Fragment>
          ) : (
            <ItemField
              key={item.linkId}
              item={item}
              raw={raw[item.linkId]}
              error={errors[item.linkId]}
              onChange={onChange}
              words={words}
            />
          ),
        )}
    </>
  );
}

/** A FHIR R4 Questionnaire as an accessible form: hidden items are not sent; problems show by their question. */
export function QuestionnaireForm({
  questionnaire,
  submitLabel,
  onSubmit,
  words = ENGLISH_FORM_WORDS,
}: Props) {
  const lang = questionnaire.language ?? 'en';
  const errorText = useErrorText();
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
      const rule = enabled.has(item.linkId) ? checkItem(item, raw[item.linkId], words) : null;
      if (rule) found[item.linkId] = rule;
    }
    const count = Object.keys(found).length;
    if (count)
      return show(found, count === 1 ? words.oneNeedsAttention : fillWords(words.needAttention, { count }));
    setBusy(true);
    setProblem(null);
    try {
      await onSubmit(toResponse(questionnaire, answers, enabled));
    } catch (error) {
      const field = error instanceof ApiError ? error.field : undefined;
      const message = errorText(error);
      show(field ? { [field]: message.replace(`${field}: `, '') } : {}, message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="stack">
      <p className="muted">{words.answerEvery}</p>
      <Items
        items={questionnaire.item}
        enabled={enabled}
        raw={raw}
        errors={errors}
        onChange={change}
        words={words}
        lang={lang}
      />
      <ErrorAlert error={problem ?? undefined} title={words.checkAnswers} />
      <button type="submit" disabled={busy}>
        {busy ? words.sending : submitLabel}
      </button>
    </form>
  );
}
