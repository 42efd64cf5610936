import type { Page } from 'playwright-core';
import { PORTAL_MESSAGES } from '../../packages/web/src/i18n/portal-messages';
import { PUBLIC_MESSAGES } from '../../packages/web/src/i18n/public-messages';

/**
 * The English texts of the patient's and visitor's catalogues that a Spanish page must never show: the literal parts
 * between `{placeholders}` of every English text whose Spanish differs, at least six characters long, and
 * written in no Spanish text (brand names, "OMT", "PDF" are the same in both).
 */
function englishFragments(): string[] {
  const spanish: string[] = [];
  const fragments = new Set<string>();
  for (const catalogue of [PORTAL_MESSAGES, PUBLIC_MESSAGES] as Record<
    'en' | 'es',
    Record<string, string>
  >[]) {
    spanish.push(...Object.values(catalogue.es));
    for (const [key, en] of Object.entries(catalogue.en)) {
      if (en === catalogue.es[key]) continue;
      for (const part of en.split(/\{\w+\}/)) {
        const text = part.replace(/^[\s:;,.()·–—-]+|[\s:;,.()·…–—-]+$/g, '');
        if (text.length >= 6) fragments.add(text);
      }
    }
  }
  return [...fragments].filter((f) => !spanish.some((es) => es.includes(f)));
}

const FRAGMENTS = englishFragments();

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Each fragment with its pattern, compiled once: the fragment as a whole word or phrase. */
const FRAGMENT_PATTERNS = FRAGMENTS.map((fragment) => ({
  fragment,
  pattern: new RegExp(`(?<![\\p{L}])${escape(fragment)}(?![\\p{L}])`, 'u'),
}));

/**
 * The text a reader of the page meets: visible text plus accessible names (`aria-label`) and field placeholders,
 * leaving out what is marked `lang="en"` on purpose (the validated English questionnaires, the "English" button).
 */
async function readableText(page: Page): Promise<string> {
  return page.evaluate(() => {
    // Marked English inside the page (the page's own language on <html> is what is being checked).
    const english = (el: Element | null) =>
      el?.closest('body [lang]')?.getAttribute('lang')?.startsWith('en') === true;
    const parts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || english(parent) || !parent.checkVisibility()) continue;
      if (parent.closest('script, style, noscript')) continue;
      parts.push(node.textContent ?? '');
    }
    for (const el of document.body.querySelectorAll('[aria-label], [placeholder], [title]')) {
      if (english(el)) continue;
      for (const name of ['aria-label', 'placeholder', 'title']) {
        const value = el.getAttribute(name);
        if (value) parts.push(value);
      }
    }
    parts.push(document.title);
    return parts.join('\n').replace(/[ \t\u00a0]+/g, ' ');
  });
}

/** Words Spanish never uses: a line holding one is English written outside the catalogues. */
const ENGLISH_WORDS =
  /(?<![\p{L}])(the|your|you|with|please|this|what|when|from|have|has|been|and|for|not|are|will|can)(?![\p{L}])/iu;

/**
 * English on the page: the catalogues' English texts (each as a whole word or phrase), and any line that holds a word
 * only English uses (the clinic's visit types included: they have their Spanish).
 */
export async function englishOnPage(page: Page): Promise<string[]> {
  const text = await readableText(page);
  const fromCatalogues = FRAGMENT_PATTERNS.filter(({ pattern }) => pattern.test(text)).map(
    ({ fragment }) => fragment,
  );
  const lines = text.split('\n').filter((line) => ENGLISH_WORDS.test(line));
  return [...fromCatalogues, ...lines.map((line) => line.trim())];
}
