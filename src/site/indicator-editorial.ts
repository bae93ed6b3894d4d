/** What the editorial content adds to an indicator page: linked concepts, stories, release dates. */
import { linkConcepts } from '../editorial/concept-link.ts';
import { storiesFor, type StoryEntry } from '../editorial/editorial.ts';
import { lastUpdated, releasesOf, type SourceRelease } from '../editorial/releases.ts';
import type { Indicator, MetaField } from '../schemas/model.ts';
import { getEditorial } from './editorial-data.ts';
import { currentLanguage } from '../i18n/index.ts';

export interface IndicatorEditorial {
  descriptionHtml?: string;
  bodyHtml: string;
  fields: MetaField[];
  stories: StoryEntry[];
  lastUpdated?: Date;
  /** Sources with a next-release entry. */
  next: SourceRelease[];
}

/** Links the first mention of each concept across the page's texts, in page order (description, body, fields). */
export function indicatorEditorial(ind: Indicator): IndicatorEditorial {
  const editorial = getEditorial();
  const linked = new Set<string>();
  const link = (html: string) => linkConcepts(html, editorial.concepts, linked);
  const releases = releasesOf(ind);
  const updated = lastUpdated(releases);
  return {
    ...(ind.descriptionHtml ? { descriptionHtml: link(ind.descriptionHtml) } : {}),
    bodyHtml: link(ind.bodyHtml),
    fields: ind.fields.map((f) => ({ ...f, html: link(f.html) })),
    stories: storiesFor(editorial, ind.id, currentLanguage()),
    ...(updated ? { lastUpdated: updated } : {}),
    next: releases.filter((r) => r.next && r.next.text !== ''),
  };
}
