/**
 * Clinic templates ("dot phrases"): typing `.lbp` and then a space, Tab or Enter in a note field replaces the
 * shortcut with the template's text. Pure text work, shared by the server (shortcut rule) and the web (expansion).
 */

export interface DotPhrase {
  shortcut: string;
  body: string;
}

export interface TextWithCaret {
  text: string;
  caret: number;
}

/** A dot, then 1–24 lower-case letters, digits or hyphens, starting with a letter or digit: `.lbp`, `.neck-f2`. */
export const DOT_PHRASE_SHORTCUT = /^\.[a-z0-9][a-z0-9-]{0,23}$/;

/** The shortcut as stored: trimmed, lower case, with its leading dot. */
export function normalizeShortcut(raw: string): string {
  const s = raw.trim().toLowerCase();
  return s.startsWith('.') ? s : `.${s}`;
}

/** The `.word` that ends at `caret` and starts the text or follows white space, or null. */
export function shortcutBefore(text: string, caret: number): { start: number; shortcut: string } | null {
  let start = caret;
  while (start > 0 && !/\s/.test(text.charAt(start - 1))) start -= 1;
  const word = text.slice(start, caret);
  if (!word.startsWith('.') || !DOT_PHRASE_SHORTCUT.test(word.toLowerCase())) return null;
  return { start, shortcut: word.toLowerCase() };
}

/** `insertion` put in place of text[start, end), with the caret after it. */
export function replaceRange(text: string, start: number, end: number, insertion: string): TextWithCaret {
  return { text: text.slice(0, start) + insertion + text.slice(end), caret: start + insertion.length };
}

/**
 * Expands the shortcut just typed before `caret`, or returns null when there is none or it names no template
 * (the key the user pressed then does what it always does).
 */
export function expandDotPhrase(
  text: string,
  caret: number,
  phrases: readonly DotPhrase[],
): TextWithCaret | null {
  const found = shortcutBefore(text, caret);
  if (!found) return null;
  const phrase = phrases.find((p) => p.shortcut.toLowerCase() === found.shortcut);
  return phrase ? replaceRange(text, found.start, caret, phrase.body) : null;
}
