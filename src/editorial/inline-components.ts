/**
 * Components written inside a sentence stay inside its paragraph.
 *
 * MDX reads a component that starts a line and ends one as a block ("flow") element, even when the lines
 * around it belong to one sentence, so
 *
 *     At the start of the series,
 *     <KeyFigure id="8-6-1" at="first" inline />
 *     of them were NEET.
 *
 * becomes three blocks: a paragraph, the figure, another paragraph. `remarkInlineComponents` joins them back
 * for the components that can stand in a sentence, and marks every `<KeyFigure>` inside a sentence `inline`,
 * so it renders a short phrase (a `<span>`) rather than the boxed figure, which a paragraph cannot hold.
 * `blockComponentsInSentences` finds the components that can never stand in a sentence, for the story check.
 */
import type { Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** Components that read as part of a sentence. A `<KeyFigure>` does so only with `inline` (or inside a sentence). */
export const PHRASE_COMPONENTS = ['Concept', 'KeyFigure'] as const;
/** Components that are blocks of their own: a chart, a boxed aside. */
export const BLOCK_COMPONENTS = ['IndicatorChart', 'Callout'] as const;

type Parent = { children: RootContent[] };
type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

function isJsx(node: unknown, type: 'mdxJsxFlowElement'): node is MdxJsxFlowElement;
function isJsx(node: unknown, type: 'mdxJsxTextElement'): node is MdxJsxTextElement;
function isJsx(node: unknown, type: JsxElement['type']): boolean {
  return typeof node === 'object' && node !== null && (node as { type?: string }).type === type;
}
const hasAttribute = (el: JsxElement, name: string) => el.attributes.some((a) => a.type === 'mdxJsxAttribute' && a.name === name);
const startLine = (node: RootContent) => node.position?.start.line;
const endLine = (node: RootContent) => node.position?.end.line;

/** Whether a flow element can be read back into the sentence around it. */
function canJoin(el: MdxJsxFlowElement): boolean {
  if (el.name === 'Concept') return true;
  return el.name === 'KeyFigure' && hasAttribute(el, 'inline');
}

/** `b` starts on the line right after `a` ends: no blank line between them, so they are one paragraph to a reader. */
function adjacent(a: RootContent | undefined, b: RootContent | undefined): boolean {
  const end = a && endLine(a);
  const start = b && startLine(b);
  return end !== undefined && start !== undefined && start === end + 1;
}

/** The flow element as phrasing: its children, unwrapped from the paragraphs MDX gave them. */
function toPhrase(el: MdxJsxFlowElement): MdxJsxTextElement {
  const children = el.children.flatMap((c): unknown[] => (c.type === 'paragraph' ? c.children : [c])) as PhrasingContent[];
  return { ...el, type: 'mdxJsxTextElement', children } as MdxJsxTextElement;
}

const lineBreak = (): PhrasingContent => ({ type: 'text', value: '\n' });

/** Joins `paragraph, <Phrase/>, paragraph` runs written without blank lines into one paragraph, in one parent. */
function joinRuns(parent: Parent): void {
  const kids = parent.children;
  for (let i = 0; i < kids.length; i++) {
    const el = kids[i];
    if (!isJsx(el, 'mdxJsxFlowElement') || !canJoin(el)) continue;
    const prev = kids[i - 1];
    const next = kids[i + 1];
    const withPrev = prev?.type === 'paragraph' && adjacent(prev, el);
    const withNext = next?.type === 'paragraph' && adjacent(el, next);
    if (!withPrev && !withNext) continue;
    const children: PhrasingContent[] = [
      ...(withPrev ? [...(prev as Paragraph).children, lineBreak()] : []),
      toPhrase(el),
      ...(withNext ? [lineBreak(), ...(next as Paragraph).children] : []),
    ];
    const first = withPrev ? prev! : el;
    const last = withNext ? next! : el;
    const joined: Paragraph = {
      type: 'paragraph',
      children,
      ...(first.position && last.position ? { position: { start: first.position.start, end: last.position.end } } : {}),
    };
    const at = withPrev ? i - 1 : i;
    kids.splice(at, 1 + (withPrev ? 1 : 0) + (withNext ? 1 : 0), joined);
    i = at - 1; // the joined paragraph may meet another phrase component on its next line
  }
}

/** Visits every node that has children, depth first. */
function eachParent(node: { children?: unknown[] }, visit: (parent: Parent) => void): void {
  if (!Array.isArray(node.children)) return;
  visit(node as Parent);
  for (const child of node.children) eachParent(child as { children?: unknown[] }, visit);
}

/** Applies the rules above to a parsed MDX tree (exported for tests). */
export function keepSentencesWhole(tree: Root): void {
  eachParent(tree, joinRuns);
  eachParent(tree, (parent) => {
    for (const child of parent.children) {
      if (isJsx(child, 'mdxJsxTextElement') && child.name === 'KeyFigure' && !hasAttribute(child, 'inline')) {
        child.attributes.push({ type: 'mdxJsxAttribute', name: 'inline', value: null });
      }
    }
  });
}

/** The remark plugin (astro.config.mjs gives it to @astrojs/mdx). */
export function remarkInlineComponents() {
  return (tree: Root) => keepSentencesWhole(tree);
}

export interface BlockInSentence {
  component: string;
  /** Line in the text that was parsed. */
  line: number;
}

/**
 * Block components written inside a sentence: they would break the paragraph apart in the browser.
 * Throws the parser's error (with `line`) when the text is not valid MDX.
 */
export function blockComponentsInSentences(mdx: string): BlockInSentence[] {
  const tree = unified().use(remarkParse).use(remarkMdx).parse(mdx);
  const found: BlockInSentence[] = [];
  eachParent(tree, (parent) => {
    for (const child of parent.children) {
      if (isJsx(child, 'mdxJsxTextElement') && (BLOCK_COMPONENTS as readonly string[]).includes(child.name ?? '')) {
        found.push({ component: child.name!, line: child.position?.start.line ?? 1 });
      }
    }
  });
  return found;
}
