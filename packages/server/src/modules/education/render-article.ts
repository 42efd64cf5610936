import { Marked, type Token, type Tokens } from 'marked';

/** Escapes text for HTML. */
function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Markdown to HTML; raw HTML in the source is shown as text, never passed through (our own content, escaped anyway). */
const markdown = new Marked({
  gfm: true,
  renderer: {
    html: ({ text }) => escapeHtml(text),
  },
});

/** The links of a Markdown text, for the loader to check. */
export function linksOf(body: string): string[] {
  const hrefs: string[] = [];
  void markdown.walkTokens(markdown.lexer(body), (token: Token) => {
    if (token.type === 'link') hrefs.push((token as Tokens.Link).href);
  });
  return hrefs;
}

/** Renders an article's Markdown body to HTML. */
export function renderArticle(body: string): string {
  return markdown.parse(body, { async: false });
}

/** The article's words without Markdown marks or link targets, for the search. */
export function plainText(body: string): string {
  return body
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/[#*_>`[\]|-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
