/** Everything editors wrote, checked against the site model: pure, given the files. */
import type { Problem } from '../schemas/problem.ts';
import type { SiteModel } from '../schemas/model.ts';
import type { Story } from '../schemas/story.ts';
import { indicatorsUsing, parseConcepts, type Concept, type SourceFile } from './concepts.ts';
import { checkStory, type StoryRef } from './story-check.ts';
import { append } from '../pipeline/extent.ts';

export interface StoryEntry {
  slug: string;
  /** The language it is written in. */
  lang: string;
  /** The content collection's id (`fr/women-in-parliament`). */
  entryId: string;
  file: string;
  data: Story;
  /** Indicators named in the front matter or by a component, in order of first mention. */
  indicatorIds: string[];
  refs: StoryRef[];
}

export interface Editorial {
  /** A–Z by term. */
  concepts: Concept[];
  /** Concept slug → ids of the indicators that use it. */
  conceptUse: Map<string, string[]>;
  /** Lower-case slug, term or alias → concept slug. */
  conceptTerms: Map<string, string>;
  /** Valid stories, newest first. */
  stories: StoryEntry[];
  problems: Problem[];
}

export function buildEditorial(conceptFiles: readonly SourceFile[], storyFiles: readonly SourceFile[], site: Pick<SiteModel, 'indicators'>, defaultLanguage = 'en'): Editorial {
  const { concepts, problems } = parseConcepts(conceptFiles);
  const conceptTerms = new Map<string, string>();
  for (const c of concepts) for (const k of [c.slug, c.term, ...c.aliases]) if (!conceptTerms.has(k.toLowerCase())) conceptTerms.set(k.toLowerCase(), c.slug);
  const ctx = { indicators: new Map(site.indicators.map((i) => [i.id, i])), conceptTerms };
  const stories: StoryEntry[] = [];
  for (const f of storyFiles) {
    const { checked, problems: found } = checkStory(f.path, f.text, ctx);
    append(problems, found);
    if (!checked.story || found.length > 0) continue;
    const fromRefs = checked.refs.map((r) => r.attrs['id']).filter((id): id is string => !!id && ctx.indicators.has(id));
    const lang = checked.story.lang ?? f.lang ?? defaultLanguage;
    stories.push({ slug: checked.slug, lang, entryId: `${f.lang ? `${f.lang}/` : ''}${checked.slug}`, file: f.path, data: checked.story, indicatorIds: [...new Set([...checked.story.indicators, ...fromRefs])], refs: checked.refs });
  }
  stories.sort((a, b) => b.data.date.getTime() - a.data.date.getTime() || a.slug.localeCompare(b.slug));
  return { concepts, conceptUse: indicatorsUsing(concepts, site.indicators), conceptTerms, stories, problems };
}

/** The stories that use an indicator, in `lang` (else in the default language, where they were written). */
export function storiesFor(editorial: Editorial, indicatorId: string, lang?: string): StoryEntry[] {
  const all = editorial.stories.filter((s) => s.indicatorIds.includes(indicatorId));
  const own = all.filter((s) => s.lang === lang);
  return lang === undefined ? all : [...own, ...all.filter((s) => s.lang !== lang && !own.some((o) => o.slug === s.slug))];
}

/** The stories written in `lang`. */
export const storiesIn = (editorial: Editorial, lang: string) => editorial.stories.filter((s) => s.lang === lang);

/** The stories with no version in `lang`, one per slug (the readers of `lang` are told they exist). */
export function storiesNotIn(editorial: Editorial, lang: string): StoryEntry[] {
  const own = new Set(storiesIn(editorial, lang).map((s) => s.slug));
  const seen = new Set<string>();
  return editorial.stories.filter((s) => !own.has(s.slug) && !seen.has(s.slug) && seen.add(s.slug));
}

export function conceptBySlug(editorial: Editorial, slug: string): Concept | undefined {
  return editorial.concepts.find((c) => c.slug === slug);
}
