/**
 * Stories render figures and concepts written inside a sentence inside that sentence's paragraph.
 * The MDX is compiled by @mdx-js/mdx (what @astrojs/mdx runs) and rendered to HTML with a tiny JSX runtime;
 * the stand-in components render the same outer elements as KeyFigure.astro and Concept.astro.
 */
import { evaluate } from '@mdx-js/mdx';
import { parseHTML } from 'linkedom';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../../src/editorial/front-matter.ts';
import { blockComponentsInSentences, remarkInlineComponents } from '../../../src/editorial/inline-components.ts';

type Props = Record<string, unknown> & { children?: unknown };
type Html = { html: string };
const Fragment = Symbol('Fragment');
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const inner = (c: unknown): string =>
  Array.isArray(c) ? c.map(inner).join('') : typeof c === 'string' ? escape(c) : c && typeof c === 'object' && 'html' in c ? (c as Html).html : '';
function jsx(type: unknown, props: Props): Html {
  if (type === Fragment) return { html: inner(props.children) };
  if (typeof type === 'function') return type(props) as Html;
  const attrs = Object.entries(props).filter(([k]) => k !== 'children').map(([k, v]) => ` ${k === 'className' ? 'class' : k}="${escape(String(v))}"`).join('');
  return { html: `<${String(type)}${attrs}>${inner(props.children)}</${String(type)}>` };
}
// KeyFigure.astro: a <span class="kf-inline"> phrase with `inline`, else a boxed <div> of paragraphs.
const KeyFigure = (p: Props): Html => ({
  html: p['inline'] ? `<span class="kf-inline"><strong>13.2%</strong> (2002)</span>` : `<div class="key-figure"><p class="kf-value"><strong>10.7</strong>%</p></div>`,
});
// Concept.astro: a <span class="concept-ref"> around a link.
const Concept = (p: Props): Html => ({ html: `<span class="concept-ref"><a class="concept-link" href="/concepts/x/">${inner(p.children) || 'term'}</a></span>` });
const components = { KeyFigure, Concept, IndicatorChart: () => ({ html: '<figure class="chart"></figure>' }), Callout: (p: Props) => ({ html: `<div class="callout">${inner(p.children)}</div>` }) };

async function render(mdx: string, plugins = [remarkInlineComponents]): Promise<Document> {
  const { default: Content } = await evaluate(mdx, { Fragment, jsx, jsxs: jsx, jsxDEV: jsx, remarkPlugins: plugins } as never);
  const { html } = (Content as (p: unknown) => Html)({ components });
  return parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;
}

/** The paragraph holding `text`, or null when the text is not in a paragraph of its own element. */
const paragraphWith = (doc: Document, text: string) => [...doc.querySelectorAll('p')].find((p) => p.textContent?.includes(text)) ?? null;

describe('a figure or concept written inside a sentence stays in its paragraph', () => {
  it.each([
    ['on its own line inside the sentence', 'At the start of the series,\n<KeyFigure id="8-6-1" at="first" inline />\nof them were NEET.', 'At the start of the series, 13.2% (2002) of them were NEET.'],
    ['at the end of a line, the sentence going on below', 'At the start of the series it stood at\n<KeyFigure id="8-5-2" at="first" inline /> and then fell.', 'At the start of the series it stood at 13.2% (2002) and then fell.'],
    ['starting the paragraph, the sentence going on below', '<KeyFigure id="8-6-1" inline />\nof young people were NEET.', '13.2% (2002) of young people were NEET.'],
    ['without inline, in the middle of a line', 'Emissions were <KeyFigure id="13-2-2" /> in 1990.', 'Emissions were 13.2% (2002) in 1990.'],
    ['a concept on its own line', 'Young people who are\n<Concept term="neet">not in work or learning</Concept>\nare watched closely.', 'Young people who are not in work or learning are watched closely.'],
  ])('%s', async (_name, mdx, sentence) => {
    const doc = await render(mdx);
    expect(doc.querySelectorAll('p')).toHaveLength(1);
    expect(doc.querySelector('p')!.textContent!.replace(/\s+/g, ' ')).toBe(sentence);
    expect(doc.querySelector('div.key-figure')).toBeNull();
  });

  it('without the plugin, MDX splits the first case into three blocks (what readers saw)', async () => {
    const doc = await render('At the start of the series,\n<KeyFigure id="8-6-1" at="first" inline />\nof them were NEET.', []);
    expect([...doc.body.children].map((e) => e.tagName.toLowerCase())).toEqual(['p', 'span', 'p']);
  });

  it('leaves a boxed figure alone when it is a paragraph of its own', async () => {
    const doc = await render('The latest figure is:\n\n<KeyFigure id="8-6-1" />\n\nIt fell.');
    expect([...doc.body.children].map((e) => e.tagName.toLowerCase())).toEqual(['p', 'div', 'p']);
  });

  it('keeps a figure without inline, written right after a colon, as a box', async () => {
    const doc = await render('The latest figure is:\n<KeyFigure id="8-6-1" />\n\nIt fell.');
    expect(doc.querySelector('div.key-figure')).not.toBeNull();
  });

  it('joins inside a callout too', async () => {
    const doc = await render('<Callout title="Note">\nThe figures are\n<Concept term="seasonal-adjustment">seasonally adjusted</Concept>\nfor the school year.\n</Callout>');
    expect(doc.querySelectorAll('.callout p')).toHaveLength(1);
  });
});

describe('the bundled stories', () => {
  const stories = readdirSync('content/stories').filter((f) => f.endsWith('.mdx')).sort();

  it.each(stories)('%s: every inline figure and concept sits inside a paragraph with text around it', async (file) => {
    const { body } = splitFrontMatter(readFileSync(`content/stories/${file}`, 'utf8'));
    const doc = await render(body);
    const phrases = [...doc.querySelectorAll('.kf-inline, .concept-ref')];
    expect(phrases.length).toBeGreaterThan(0);
    for (const el of phrases) {
      const p = el.closest('p');
      expect(p, el.outerHTML).not.toBeNull();
      // The sentence goes on after the figure: it never ends a paragraph without a full stop after it.
      expect(p!.textContent!.trim(), p!.outerHTML).toMatch(/[.:;!?)]$/);
    }
  });

  it('young-people-and-work keeps "At the start of the series, … of them were NEET." in one paragraph', async () => {
    const { body } = splitFrontMatter(readFileSync('content/stories/young-people-and-work.mdx', 'utf8'));
    const p = paragraphWith(await render(body), 'At the start of the series,');
    expect(p?.textContent).toContain('of them were NEET.');
    expect(p?.querySelector('.kf-inline')).not.toBeNull();
  });
});

describe('blockComponentsInSentences', () => {
  it.each([
    ['a chart inside a sentence', 'The share rose, as <IndicatorChart id="7-2-1" /> shows.', [{ component: 'IndicatorChart', line: 1 }]],
    ['a callout inside a sentence', 'Text\nand <Callout title="x">aside</Callout> more.', [{ component: 'Callout', line: 2 }]],
    ['a chart on its own', 'Text.\n\n<IndicatorChart id="7-2-1" />\n', []],
    ['figures and concepts inside sentences', 'It was <KeyFigure id="7-2-1" inline /> and <Concept term="median" />.', []],
  ])('%s', (_name, mdx, found) => {
    expect(blockComponentsInSentences(mdx)).toEqual(found);
  });

  it('throws the parser error, with its line, for broken MDX', () => {
    expect(() => blockComponentsInSentences('Fine.\n\nBroken <KeyFigure id="7-2-1" and more.')).toThrow(/Unexpected/);
  });
});
