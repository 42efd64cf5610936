/** The words around the questions (yes/no, hints, checks), so a page can show the form in the reader's language. */
export interface FormWords {
  answerEvery: string;
  yes: string;
  no: string;
  optional: string;
  /** With `{min}` and `{max}`. */
  numberFromTo: string;
  oneNeedsAttention: string;
  /** With `{count}`. */
  needAttention: string;
  checkAnswers: string;
  sending: string;
  required: string;
  wholeNumber: string;
  number: string;
  /** With `{min}`. */
  atLeast: string;
  /** With `{max}`. */
  atMost: string;
  /** With `{max}`. */
  atMostChars: string;
  /** Shown before a group worded in another language than the form (the validated PHQ and PEG). */
  otherLanguageNote: string;
}

export const ENGLISH_FORM_WORDS: FormWords = {
  answerEvery: 'Please answer every question unless it says optional.',
  yes: 'Yes',
  no: 'No',
  optional: '(optional)',
  numberFromTo: 'A number from {min} to {max}.',
  oneNeedsAttention: '1 answer needs attention; it is marked below.',
  needAttention: '{count} answers need attention; each is marked below.',
  checkAnswers: 'Please check your answers:',
  sending: 'Sending…',
  required: 'an answer is required',
  wholeNumber: 'must be a whole number',
  number: 'must be a number',
  atLeast: 'must be at least {min}',
  atMost: 'must be at most {max}',
  atMostChars: 'must be at most {max} characters',
  otherLanguageNote: 'These standard questionnaires are shown in their validated English wording.',
};

/** A form word with its `{placeholders}` filled. */
export function fillWords(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) =>
    values[name] === undefined ? m : String(values[name]),
  );
}
