/**
 * The site model, loaded once per process. Routes call `getSite()`; the build script loads it first
 * (to validate) and the pages reuse that copy through globalThis, since Astro bundles them separately.
 */
import { loadSite, type SiteModel } from '../pipeline/index.ts';
import { headlineOf, type HeadlineSeries } from '../pipeline/headline.ts';
import type { Indicator } from '../schemas/model.ts';
import { repositoryFromEnv } from './config.ts';
import { nodeFiles } from './node-files.ts';

const KEY = Symbol.for('sdg-portal.site');
type Cache = { root: string; site: SiteModel };
const store = globalThis as unknown as Record<symbol, Cache | undefined>;

export function getSite(): SiteModel {
  const at = repositoryFromEnv();
  const cached = store[KEY];
  if (cached && cached.root === at.root) return cached.site;
  const site = loadSite(at, nodeFiles);
  store[KEY] = { root: at.root, site };
  return site;
}

export function getIndicator(id: string): Indicator {
  const found = getSite().indicators.find((i) => i.id === id);
  if (!found) throw new Error(`No indicator ${id}`);
  return found;
}

/** Static paths for a route with an `[id]` parameter: one per indicator (that passes `keep`), the indicator as prop. */
export function indicatorPaths(keep: (indicator: Indicator) => boolean = () => true) {
  return getSite().indicators.filter(keep).map((indicator) => ({ params: { id: indicator.id }, props: { indicator } }));
}

/** True when the indicator has values to show. */
export function hasData(indicator: Indicator): boolean {
  return indicator.data?.observations.some((o) => o.value !== null) ?? false;
}

export { headlineOf, type HeadlineSeries };
