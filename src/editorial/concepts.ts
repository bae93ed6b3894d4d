/** The compendium: concept files → checked, sanitized entries, and which indicators use each one. */
import { ConceptSchema } from '../schemas/concept.ts';
import type { Problem } from '../schemas/problem.ts';
import type { Indicator } from '../schemas/model.ts';
import { inlineToSafeHtml, markdownToSafeHtml, toPlainText } from '../pipeline/sanitize.ts';
import { readYaml } from './front-matter.ts';
import { describeIssue } from './zod-problems.ts';
import { termPattern } from './terms.ts';

export interface Concept {
  slug: string;
  term: string;
  aliases: string[];
  /** Plain definition, sanitized inline HTML, and as text for tooltips and search. */
  plainHtml: string;
  plainText: string;
  technicalHtml: string;
  source: { name: string; url?: string };
  related: string[];
  /** Path of the file, for messages. */
  file: string;
}

/** The language the compendium (content/concepts/) is written in. */
export const CONCEPTS_LANGUAGE = 'en';

export interface SourceFile {
  /** Path shown in messages, e.g. `content/concepts/median.yml`. */
  path: string;
  text: string;
  /** The language folder the file is in (`content/stories/fr/…`), if any. */
  lang?: string;
}

const slugOf = (path: string) => path.replace(/^.*\//, '').replace(/\.(ya?ml)$/, '');

/** Parses every concept file; every problem is collected, none stops the others. */
export function parseConcepts(files: readonly SourceFile[]): { concepts: Concept[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const err = (file: string, line: number, message: string, hint: string) => problems.push({ severity: 'error', file, line, message, hint });
  const concepts: Concept[] = [];
  const lines = new Map<string, Record<string, number>>();
  for (const f of files) {
    const slug = slugOf(f.path);
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) {
      err(f.path, 1, `file name "${slug}" is not a concept slug.`, 'Name the file in lower case with hyphens, e.g. unit-multiplier.yml.');
      continue;
    }
    const yaml = readYaml(f.text);
    if (yaml.error) {
      err(f.path, yaml.error.line, yaml.error.message, 'Check the indentation, and quote values that contain ": ".');
      continue;
    }
    const parsed = ConceptSchema.safeParse(yaml.data);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const { field, message } = describeIssue(issue, yaml.data);
        err(f.path, yaml.keyLines[field.split('.')[0]!] ?? 1, message, conceptHint(field));
      }
      continue;
    }
    const c = parsed.data;
    lines.set(slug, yaml.keyLines);
    const plainHtml = inlineToSafeHtml(c.plain);
    concepts.push({
      slug, term: toPlainText(c.term), aliases: c.aliases.map(toPlainText), plainHtml, plainText: toPlainText(plainHtml),
      technicalHtml: markdownToSafeHtml(c.technical), source: { name: toPlainText(c.source.name), ...(c.source.url ? { url: c.source.url } : {}) }, related: c.related, file: f.path,
    });
  }
  const known = new Set(concepts.map((c) => c.slug));
  for (const c of concepts) {
    for (const r of c.related.filter((r) => !known.has(r))) {
      err(c.file, lines.get(c.slug)?.['related'] ?? 1, `related: no concept "${r}".`, `Use the file name of an existing concept (content/concepts/${r}.yml does not exist), or remove it.`);
    }
  }
  concepts.sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }));
  return { concepts, problems };
}

function conceptHint(field: string): string {
  const hints: Record<string, string> = {
    term: 'Write the term as it is usually written, e.g. "term: Median".',
    plain: 'Give one or two sentences anyone can read.',
    technical: 'Give the precise definition statisticians use.',
    source: 'Give "source:" with "name:" (and "url:" where there is one) on the lines below it, indented.',
    'source.url': 'Give a full address starting with https://, or leave the url out.',
    related: 'List concept file names without .yml, e.g. [median, percentile].',
    aliases: 'List other spellings as text, e.g. [medians].',
  };
  return hints[field] ?? hints[field.split('.')[0]!] ?? 'Allowed fields: term, aliases, plain, technical, source, related.';
}

/** The texts of an indicator that concepts are looked for in (plain text). */
export function indicatorText(ind: Indicator): string {
  return [ind.globalTitle, ind.nationalTitle ?? '', ind.units ?? '', toPlainText(ind.descriptionHtml ?? ''), toPlainText(ind.bodyHtml),
    ...ind.fields.map((f) => f.text), ...(ind.data?.units ?? []), ...(ind.data?.series ?? []), ...(ind.data?.columns ?? []),
    ...[...new Set(ind.data?.observations.map((o) => o.status ?? '') ?? [])], ...[...new Set(ind.data?.observations.map((o) => o.unitMultiplier ?? '') ?? [])],
  ].join('\n');
}

/** For each concept, the ids of the indicators whose texts mention it (computed, never typed). */
export function indicatorsUsing(concepts: readonly Concept[], indicators: readonly Indicator[]): Map<string, string[]> {
  const texts = indicators.map((i) => [i.id, indicatorText(i)] as const);
  return new Map(concepts.map((c) => {
    const re = termPattern([c.term, ...c.aliases]);
    return [c.slug, texts.filter(([, text]) => re.test(text)).map(([id]) => id)];
  }));
}
