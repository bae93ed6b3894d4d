/**
 * Open SDG's addresses, kept working: `/1-2-1/` (an indicator), `/1/` (a goal), `/reporting-status/`, and
 * any `permalink` from the metadata, each redirecting to this portal's page. Links in past press releases
 * and search results do not break when an NSO switches.
 */
import type { SiteModel } from '../schemas/model.ts';

export interface LegacyPath {
  /** The old address, without slashes at either end (`1-2-1`). */
  from: string;
  /** The new address (`/indicators/1-2-1/`). */
  to: string;
}

const clean = (path: string) => path.replace(/^\/+|\/+$/g, '');

export function legacyPaths(site: SiteModel, taken: ReadonlySet<string> = new Set()): LegacyPath[] {
  const paths: LegacyPath[] = [
    { from: 'reporting-status', to: '/status/' },
    { from: 'goals', to: '/' },
    ...site.goals.map((g) => ({ from: g.number, to: `/goals/${g.number}/` })),
  ];
  for (const ind of site.indicators) {
    const to = ind.placeholderHtml ? `/goals/${ind.goal}/` : `/indicators/${ind.id}/`;
    paths.push({ from: ind.id, to });
    if (ind.permalink && clean(ind.permalink)) paths.push({ from: clean(ind.permalink), to });
  }
  const seen = new Set<string>();
  // A path the portal itself uses (e.g. a permalink /status/) is never shadowed by a redirect.
  return paths.filter((p) => p.from && !taken.has(p.from.split('/')[0]!) && !seen.has(p.from) && seen.add(p.from));
}
