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

/** Cleans an HTML fragment. */
export function sanitize(html: string): string {
  return sanitizeHtml(html, options).trim();
}

/** Markdown (with any raw HTML in it) → safe HTML, for page bodies and long metadata fields. */
export function markdownToSafeHtml(markdown: string): string {
  return sanitize(marked.parse(markdown) as string);
}

/** A short field (a title, a unit) → safe inline HTML: no block wrapper. */
export function inlineToSafeHtml(text: string): string {
  return sanitize(marked.parseInline(text) as string);
}

/** Plain text with every tag removed, for titles, alt texts and search. */
export function toPlainText(html: string): string {
  return sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} })
    .replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ').trim();
}
