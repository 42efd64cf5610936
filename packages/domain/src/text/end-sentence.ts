/**
 * A piece of text people typed, ready to be followed by another sentence: trimmed, ending with exactly one
 * full stop (or its own "?", "!" or "…"), so generated text never reads "worse sitting.. Pain".
 */
export function endSentence(text: string): string {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  if (trimmed === '') return '';
  const body = trimmed.replace(/[\s.,;:]+$/u, '');
  if (/[?!…]$/u.test(body)) return body;
  return body === '' ? '' : `${body}.`;
}
