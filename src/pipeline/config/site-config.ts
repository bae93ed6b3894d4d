/**
 * What the portal reads from an Open SDG *site* repository (`SDG_SITE_DIR`): custom reporting statuses and
 * their labels (`_data/site_config.yml` → `reporting_status.status_types`), progress statuses
 * (`progress_status.status_types`), the languages, and the site's
 * title (`_config.yml` → `title`). Without a site repository, an unknown status is shown with its raw label.
 */
import type { ReadEffects } from '../effects.ts';
import { parseYaml } from '../parse-yaml.ts';
import type { ProblemList } from '../problems.ts';

export interface SiteRepoConfig {
  /** Reporting statuses the site defines, in its order, with their labels (text or translation keys). */
  statuses: { value: string; label?: string }[];
  /** Progress statuses the site defines (`progress_status.status_types`), with their labels. */
  progressStatuses: { value: string; label?: string }[];
  languages: string[];
  title?: string;
}

const asString = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

/** `status_types` of a `reporting_status` or `progress_status` block: each with its value and label. */
function statusTypes(block: unknown): { value: string; label?: string }[] {
  const types = (block as { status_types?: unknown } | undefined)?.status_types;
  if (!Array.isArray(types)) return [];
  return types.flatMap((t) => {
    const value = asString((t as Record<string, unknown> | null)?.['value']);
    const label = asString((t as Record<string, unknown> | null)?.['label']);
    return value ? [{ value, ...(label ? { label } : {}) }] : [];
  });
}

export function readSiteRepoConfig(siteDir: string, fx: ReadEffects, problems: ProblemList): SiteRepoConfig {
  const config: SiteRepoConfig = { statuses: [], progressStatuses: [], languages: [] };
  if (fx.list(`${siteDir}/_data`).includes('site_config.yml')) {
    const file = '_data/site_config.yml';
    const data = parseYaml(fx.read(`${siteDir}/${file}`), `SDG_SITE_DIR/${file}`, problems).data;
    config.statuses = statusTypes(data['reporting_status']);
    config.progressStatuses = statusTypes(data['progress_status']);
    if (Array.isArray(data['languages'])) config.languages = data['languages'].filter((l): l is string => typeof l === 'string');
  } else {
    problems.warning('SDG_SITE_DIR', 1, `No _data/site_config.yml in ${siteDir}; the site repository's statuses and languages are not read.`,
      'Point SDG_SITE_DIR at the root of the Open SDG site repository.');
  }
  if (fx.list(siteDir).includes('_config.yml')) {
    const title = asString(parseYaml(fx.read(`${siteDir}/_config.yml`), 'SDG_SITE_DIR/_config.yml', problems).data['title']);
    if (title) config.title = title;
  }
  return config;
}
