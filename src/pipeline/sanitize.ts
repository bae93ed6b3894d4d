import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

/**
 * Everything from data, metadata or translations goes through here before it reaches a page.
 * Markdown and the raw HTML repositories carry (`<br>`, links) survive; scripts, event handlers,
 * styles and `javascript:` URLs do not.
 */
const options: sanitizeHtml.IOptions = {
  allowedTags: [
    'p', 'br', 'a', 'em', 'strong', 'b', 'i', 'u', 'sub', 'sup', 'abbr', 'code', 'pre', 'blockquote',
    'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'h3', 'h4', 'h5', 'h6', 'hr',
    'table', 'caption', 'thead', 'tbody', 'tr', 'th', 'td',
  ],
  allowedAttributes: { a: ['href', 'title', 'hreflang'], abbr: ['title'], th: ['scope', 'colspan', 'rowspan'], td: ['colspan', 'rowspan'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  // Headings in metadata sit under the page's own h2s: demote h1/h2 rather than drop them.
  transformTags: {
    h1: 'h3',
    h2: 'h3',
    a: (tagName, attribs) => ({
      tagName,
      attribs: /^https?:/i.test(attribs.href ?? '') ? { ...attribs, rel: 'noopener noreferrer' } : attribs,
    }),
  },
  allowedSchemesAppliedToAttributes: ['href'],
};
options.allowedAttributes = { ...(options.allowedAttributes as object), a: ['href', 'title', 'hreflang', 'rel'] };

const marked = new Marked({ gfm: true, breaks: false, async: false });

/**
 * Each conversion is a pure function of its text, asked again for the same text in every language's model and on
 * every reading of the editors' preview: answers are kept (a bounded number; the cache starts afresh when full).
 */
const KEPT = 50_000;
function remembered(convert: (text: string) => string): (text: string) => string {
  const kept = new Map<string, string>();
  return (text) => {
    let out = kept.get(text);
    if (out === undefined) {
      if (kept.size >= KEPT) kept.clear();
      out = convert(text);
      kept.set(text, out);
    }
    return out;
  };
}

/** Cleans an HTML fragment. */
export const sanitize: (html: string) => string = remembered((html) => sanitizeHtml(html, options).trim());

/** Markdown (with any raw HTML in it) → safe HTML, for page bodies and long metadata fields. */
export const markdownToSafeHtml: (markdown: string) => string = remembered((markdown) => sanitize(marked.parse(markdown) as string));

/** A short field (a title, a unit) → safe inline HTML: no block wrapper. */
export const inlineToSafeHtml: (text: string) => string = remembered((text) => sanitize(marked.parseInline(text) as string));

/** Plain text with every tag removed, for titles, alt texts and search. */
export const toPlainText: (html: string) => string = remembered((html) => sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} })
  .replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'")
  .replace(/\s+/g, ' ').trim());
