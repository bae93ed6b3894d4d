/** Checks one story file: front matter against the schema, and every component against the model and compendium. */
import { StorySchema, type Story } from '../schemas/story.ts';
import type { Problem } from '../schemas/problem.ts';
import type { Indicator } from '../schemas/model.ts';
import { splitFrontMatter } from './front-matter.ts';
import { describeIssue } from './zod-problems.ts';
import { nearest } from '../pipeline/suggest.ts';
import { KEY_FIGURE_AT, seriesNames } from './story-figures.ts';
import { append } from '../pipeline/extent.ts';
import { blockComponentsInSentences } from './inline-components.ts';

/** Components an editor can use without importing them. */
export const STORY_COMPONENTS = ['IndicatorChart', 'KeyFigure', 'Concept', 'Callout'] as const;

export interface StoryRef {
  component: string;
  attrs: Record<string, string>;
  line: number;
}

export interface CheckedStory {
  slug: string;
  file: string;
  story?: Story;
  /** Every component use, with its line. */
  refs: StoryRef[];
}

export interface StoryContext {
  indicators: ReadonlyMap<string, Indicator>;
  conceptTerms: ReadonlyMap<string, string>;
}

const HINTS: Record<string, string> = {
  title: 'Give the headline as text, e.g. title: "How the UK\'s energy is changing".',
  summary: 'Give one or two sentences for the stories index and feeds.',
  date: 'Write the publication date as YYYY-MM-DD, e.g. date: 2024-05-31.',
  authors: 'List at least one name, e.g. authors: [Jane Smith].',
  goals: 'List goal numbers, e.g. goals: [7, 13].',
  indicators: 'List indicator ids with hyphens, e.g. indicators: [7-2-1].',
  audience: 'List who it is for, from: public, media, students, researchers, policymakers.',
  image: 'Give image: with src: and alt: (describe the picture, or alt: "" if it is decorative).',
};

/** Finds `<Component a="b" …>` uses with their line numbers (attributes may span lines). */
export function findComponents(body: string, firstLine: number): StoryRef[] {
  const refs: StoryRef[] = [];
  const tag = /<([A-Z][A-Za-z0-9]*)\b([^>]*?)\/?>/g;
  for (const m of body.matchAll(tag)) {
    const attrs: Record<string, string> = {};
    for (const a of m[2]!.matchAll(/([A-Za-z]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*["']([^"']*)["']\s*\})/g)) attrs[a[1]!] = a[2] ?? a[3] ?? a[4] ?? '';
    refs.push({ component: m[1]!, attrs, line: firstLine + body.slice(0, m.index).split('\n').length - 1 });
  }
  return refs;
}

export function checkStory(file: string, text: string, ctx: StoryContext): { checked: CheckedStory; problems: Problem[] } {
  const problems: Problem[] = [];
  const err = (line: number, message: string, hint: string) => problems.push({ severity: 'error', file, line, message, hint });
  const slug = file.replace(/^.*\//, '').replace(/\.mdx?$/, '');
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) err(1, `file name "${slug}" is not a valid page address.`, 'Name the file in lower case with hyphens, e.g. energy-in-transition.mdx.');
  const fm = splitFrontMatter(text);
  if (fm.error) err(fm.error.line, fm.error.message, 'Start the file with ---, the fields, then --- on its own line.');
  const parsed = fm.error ? undefined : StorySchema.safeParse(fm.data);
  if (parsed && !parsed.success) {
    for (const issue of parsed.error.issues) {
      const { field, message } = describeIssue(issue, fm.data);
      const top = field.split('.')[0]!;
      err(fm.keyLines[top] ?? 1, message, HINTS[top] ?? `Allowed fields: ${Object.keys(HINTS).join(', ')}.`);
    }
  }
  const story = parsed?.success ? parsed.data : undefined;
  if (story) {
    for (const id of story.indicators.filter((id) => !ctx.indicators.has(id))) {
      err(fm.keyLines['indicators'] ?? 1, `indicators: no indicator "${id}".`, hintFor(id, [...ctx.indicators.keys()], 'Use an indicator id such as 7-2-1'));
    }
  }
  const refs = findComponents(fm.body, fm.bodyLine);
  for (const ref of refs) append(problems, checkRef(file, ref, ctx));
  append(problems, checkLayout(file, fm.body, fm.bodyLine));
  return { checked: { slug, file, ...(story ? { story } : {}), refs }, problems };
}

/** A chart or callout written inside a sentence would break its paragraph apart; invalid MDX is reported with its line. */
function checkLayout(file: string, body: string, bodyLine: number): Problem[] {
  const at = (line: number) => bodyLine + line - 1;
  try {
    return blockComponentsInSentences(body).map(({ component, line }) => ({
      severity: 'error', file, line: at(line),
      message: `<${component}> is inside a sentence, which it would break into pieces.`,
      hint: `Put <${component}> on its own lines, with a blank line before and after it.`,
    }));
  } catch (error) {
    const e = error as { line?: number; reason?: string; message?: string };
    return [{ severity: 'error', file, line: at(e.line ?? 1), message: `MDX syntax: ${String(e.reason ?? e.message).split(';')[0]!.replace(/\.$/, '')}.`, hint: 'Close every component (<KeyFigure … /> or <Concept …>…</Concept>) and put attribute values in quotes.' }];
  }
}

function hintFor(value: string, known: string[], otherwise: string): string {
  const near = nearest(value, known);
  return near ? `Did you mean "${near}"?` : `${otherwise}.`;
}

function checkRef(file: string, ref: StoryRef, ctx: StoryContext): Problem[] {
  const out: Problem[] = [];
  const err = (message: string, hint: string) => out.push({ severity: 'error', file, line: ref.line, message, hint });
  const { component: c, attrs } = ref;
  if (!(STORY_COMPONENTS as readonly string[]).includes(c)) {
    err(`<${c}>: no such component.`, hintFor(c, [...STORY_COMPONENTS], `Use one of ${STORY_COMPONENTS.join(', ')}`));
    return out;
  }
  if (c === 'IndicatorChart' || c === 'KeyFigure') {
    const id = attrs['id'];
    if (!id) return (err(`<${c}>: the id attribute is missing.`, `Name the indicator, e.g. <${c} id="7-2-1" />.`), out);
    const ind = ctx.indicators.get(id);
    if (!ind) return (err(`<${c}> id: no indicator "${id}".`, hintFor(id, [...ctx.indicators.keys()], 'Use an indicator id such as 7-2-1')), out);
    if (!ind.data?.observations.some((o) => o.value !== null)) err(`<${c}> id: indicator "${id}" has no data to show.`, 'Choose an indicator with data.');
    const series = attrs['series'];
    const list = seriesNames(ind);
    if (series !== undefined && !list.includes(series)) {
      err(`<${c}> series: indicator "${id}" has no series "${series}".`, list.length ? hintFor(series, list, `Use one of: ${list.join('; ')}`) : 'This indicator has no named series with headline values: remove the series attribute.');
    }
  }
  if (c === 'KeyFigure' && attrs['at'] !== undefined && !(KEY_FIGURE_AT as readonly string[]).includes(attrs['at'])) {
    err(`<KeyFigure> at: expected one of ${KEY_FIGURE_AT.join(', ')}; received "${attrs['at']}".`, 'Use at="first" for the first value in the series, or leave it out for the latest.');
  }
  if (c === 'Concept') {
    const term = attrs['term'];
    if (!term) err('<Concept>: the term attribute is missing.', 'Name the concept, e.g. <Concept term="median">median</Concept>.');
    else if (!ctx.conceptTerms.has(term.toLowerCase())) {
      err(`<Concept> term: no concept "${term}" in the compendium.`, hintFor(term.toLowerCase(), [...ctx.conceptTerms.keys()], 'Add it to content/concepts/ first, or use the file name of an existing concept'));
    }
  }
  return out;
}
