/**
 * Links the first mention of each known concept in sanitized HTML to its compendium entry, with a
 * definition that shows on hover and on keyboard focus (a tooltip referenced by aria-describedby).
 */
import { localize } from '../site/routes.ts';
import { parseHTML } from 'linkedom';
import type { Concept } from './concepts.ts';
import { termPattern } from './terms.ts';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The markup of one concept reference: a link, and a tooltip holding the plain definition. */
export function conceptRefHtml(concept: Pick<Concept, 'slug' | 'term' | 'plainHtml'>, innerHtml: string, tipId: string): string {
  return `<span class="concept-ref"><a class="concept-link" href="${localize(`/concepts/${concept.slug}/`)}" aria-describedby="${tipId}">${innerHtml}</a>` +
    `<span class="concept-tip" role="tooltip" id="${tipId}" data-pagefind-ignore=""><strong>${escapeHtml(concept.term)}:</strong> ${concept.plainHtml}</span></span>`;
}

/** Elements whose text is never linked: existing links, headings, code. */
const SKIP = new Set(['A', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'CODE', 'PRE', 'ABBR', 'TH']);

const matchers = new WeakMap<readonly Concept[], { byWord: Map<string, Concept>; pattern: RegExp }>();

/** One pattern for every term and alias of the compendium, built once per concept list. */
function matcherFor(concepts: readonly Concept[]) {
  let m = matchers.get(concepts);
  if (!m) {
    const byWord = new Map<string, Concept>();
    for (const c of concepts) for (const w of [c.term, ...c.aliases]) if (!byWord.has(w.toLowerCase())) byWord.set(w.toLowerCase(), c);
    m = { byWord, pattern: termPattern([...byWord.keys()], 'gi') };
    matchers.set(concepts, m);
  }
  return m;
}

/**
 * Returns the HTML with the first mention of each concept not yet in `linked` wrapped in a concept reference;
 * adds the concepts it linked to `linked`, so a page can share one set across its texts.
 */
export function linkConcepts(html: string, concepts: readonly Concept[], linked: Set<string>, idPrefix = 'tip'): string {
  if (!html) return html;
  const { byWord, pattern } = matcherFor(concepts);
  if (byWord.size === 0 || !new RegExp(pattern.source, 'i').test(html)) return html;
  const { document } = parseHTML(`<!doctype html><html><body><div id="root">${html}</div></body></html>`);
  const root = document.getElementById('root')!;
  const walker = document.createTreeWalker(root, 4 /* text */);
  const texts: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n as Text);
  let changed = false;
  for (const node of texts) {
    let el = node.parentElement;
    let skip = false;
    for (; el && el !== root; el = el.parentElement) if (SKIP.has(el.tagName)) skip = true;
    if (skip) continue;
    const text = node.textContent ?? '';
    let out = '';
    let last = 0;
    for (const m of text.matchAll(pattern)) {
      const c = byWord.get(m[0].toLowerCase().replace(/\s+/g, ' '));
      if (!c || linked.has(c.slug)) continue;
      linked.add(c.slug);
      out += escapeHtml(text.slice(last, m.index)) + conceptRefHtml(c, escapeHtml(m[0]), `${idPrefix}-${c.slug}`);
      last = m.index! + m[0].length;
    }
    if (last === 0) continue;
    const span = document.createElement('span');
    span.innerHTML = out + escapeHtml(text.slice(last));
    node.replaceWith(...span.childNodes);
    changed = true;
  }
  return changed ? root.innerHTML : html;
}

