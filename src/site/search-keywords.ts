/**
 * What search finds an indicator page by beyond its text: its number as people type it ("8.5.1", "8-5-1",
 * "851") and the terms and aliases of the concepts its texts use ("gender pay gap" → 8.5.1). They go into
 * Pagefind metadata, which is searched (titles boosted) but never shown in an excerpt.
 */
import type { Concept } from '../editorial/concepts.ts';
import type { Indicator } from '../schemas/model.ts';

/** The Pagefind metadata key; the search page leaves it out of the results it shows. */
export const SEARCH_KEYWORDS = 'keywords';

export function searchKeywords(ind: Pick<Indicator, 'id' | 'number'>, concepts: readonly Concept[], conceptUse: ReadonlyMap<string, readonly string[]>): string[] {
  const numbers = [ind.number, ind.id, ind.id.replace(/-/g, '')];
  const terms = concepts.filter((c) => conceptUse.get(c.slug)?.includes(ind.id)).flatMap((c) => [c.term, ...c.aliases]);
  return [...new Set([...numbers, ...terms])];
}

/** The `data-pagefind-meta` value carrying the keywords (inline metadata runs to the end, commas included). */
export const keywordsMeta = (keywords: readonly string[]): string => `${SEARCH_KEYWORDS}:${keywords.join(', ')}`;
