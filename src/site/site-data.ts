/**
 * The site model, loaded once per process. `prepareSite()` reads the repository (asynchronously: Excel and
 * SDMX inputs) and must run first — the build script calls it, and the Astro integration does before any
 * page renders; routes then call `getSite()`. The model lives on globalThis, since Astro bundles pages
 * separately from the script that loaded it.
 */
import { loadSite, type SiteModel } from '../pipeline/index.ts';
import { headlineOf, type HeadlineSeries } from '../pipeline/headline.ts';
import type { Indicator } from '../schemas/model.ts';
import { repositoryFromEnv } from './config.ts';
import { nodeFiles } from './node-files.ts';
import { READERS } from './readers.ts';

const KEY = Symbol.for('sdg-portal.site');
type Cache = { key: string; site: SiteModel };
const store = globalThis as unknown as Record<symbol, Cache | undefined>;

const keyOf = () => JSON.stringify(repositoryFromEnv());

/** Reads the repository named by the environment, once; later calls return the same model. */
export async function prepareSite(): Promise<SiteModel> {
  const key = keyOf();
  const cached = store[KEY];
  if (cached && cached.key === key) return cached.site;
  const site = await loadSite(repositoryFromEnv(), nodeFiles, READERS);
  store[KEY] = { key, site };
  return site;
}

/** The model `prepareSite()` loaded. */
export function getSite(): SiteModel {
  const cached = store[KEY];
  if (!cached) throw new Error('The site model is not loaded: call prepareSite() before rendering (the sdg-data integration does).');
  return cached.site;
}

export function getIndicator(id: string): Indicator {
  const found = getSite().indicators.find((i) => i.id === id);
  if (!found) throw new Error(`No indicator ${id}`);
  return found;
}

/** Indicators that get pages: all but Open SDG placeholders (shown on the goal page only). */
export function pagedIndicators(): Indicator[] {
  return getSite().indicators.filter((i) => !i.placeholderHtml);
}

/** Static paths for a route with an `[id]` parameter: one per paged indicator (that passes `keep`), the indicator as prop. */
export function indicatorPaths(keep: (indicator: Indicator) => boolean = () => true) {
  return pagedIndicators().filter(keep).map((indicator) => ({ params: { id: indicator.id }, props: { indicator } }));
}

/** True when the indicator has values to show. */
export function hasData(indicator: Indicator): boolean {
  return indicator.data?.observations.some((o) => o.value !== null) ?? false;
}

/** Indicators that count in the goals and status summaries: listed under a target, with a page. */
export function countedIndicators(): Indicator[] {
  return getSite().indicators.filter((i) => !i.standalone && !i.placeholderHtml);
}

export { headlineOf, type HeadlineSeries };
