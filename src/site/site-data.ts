/**
 * The site model in every language, loaded once per process. `prepareSite()` reads the repository
 * (asynchronously: Excel and SDMX inputs) and must run first — the build script calls it, and the Astro
 * integration does before any page renders; routes then call `getSite()`, which answers in the language of
 * the page being rendered. The models live on globalThis, since Astro bundles pages separately from the
 * script that loaded them.
 */
import { loadSites, type SiteModel, type StepTimer } from '../pipeline/index.ts';
import { headlineOf, type HeadlineSeries } from '../pipeline/headline.ts';
import type { Indicator } from '../schemas/model.ts';
import { configureLanguages, publishedLanguages } from '../i18n/server.ts';
import { currentLanguage } from '../i18n/index.ts';
import { repositoryFromEnv } from './config.ts';
import { repositoryFiles } from './node-files.ts';
import { READERS } from './readers.ts';
import { readGitHistory, type HistoryResult } from './git-history.ts';
import type { IndicatorFiles } from '../pipeline/history/revisions.ts';
import type { IndicatorHistory, RepoHistory } from '../schemas/history.ts';
import { columnRoles } from '../pipeline/columns.ts';

const KEY = Symbol.for('sdg-portal.site');
/** `site` is the default language's model (with the problems); `models` has every language's. */
type Cache = { key: string; site: SiteModel; models: Map<string, SiteModel>; history: HistoryResult & { seconds: number } };
const store = globalThis as unknown as Record<symbol, Cache | undefined>;

const keyOf = () => JSON.stringify(repositoryFromEnv());

/**
 * Reads the repository named by the environment, once; later calls return the same model (default language).
 * `fresh` reads it again (the editors' preview, after a change): the models in use stay until the new ones are
 * in, and stay if reading fails. `time` measures each step (the build's profile).
 */
export async function prepareSite(opts: { onlyDefault?: boolean; fresh?: boolean; time?: StepTimer } = {}): Promise<SiteModel> {
  const key = keyOf();
  const cached = store[KEY];
  if (!opts.fresh && cached && cached.key === key && (opts.onlyDefault || cached.models.size === cached.site.languages.length)) return cached.site;
  const at = repositoryFromEnv();
  const { site, models } = await loadSites(at, repositoryFiles(at), READERS, opts.onlyDefault, opts.time);
  configureLanguages(site.languages, site.languageFallback);
  // The git history is read once, with the model, and shared by every language.
  const started = performance.now();
  const history = cached?.key === key ? cached.history : { ...(await readGitHistory(at.root, historyFiles(site), site.revisions)), seconds: 0 };
  if (cached?.key !== key) history.seconds = (performance.now() - started) / 1000;
  if (history.problem) site.problems.push(history.problem);
  store[KEY] = { key, site, models, history };
  return site;
}

const UNIT_COLUMNS = columnRoles().unit;

/** The files each indicator is read from: its own CSV (not an SDMX message shared with others) and metadata. */
function historyFiles(site: SiteModel): IndicatorFiles[] {
  return site.indicators.map((i) => ({
    id: i.id,
    ...(i.data && /\.csv$/i.test(i.data.file) ? { data: i.data.file } : {}),
    meta: i.metaFiles ?? (i.metaFile ? [i.metaFile] : []),
    unitColumns: i.data?.unitColumn ? [i.data.unitColumn, ...UNIT_COLUMNS] : UNIT_COLUMNS,
  }));
}

/** The repository's history, where it has one of its own (see git-history.ts); undefined otherwise. */
export function getHistory(): RepoHistory | undefined {
  return loaded().history.history;
}

/** What the build says about the history: how much was read and how long it took, or why there is none. */
export function historyReport(): string | undefined {
  const { history } = loaded();
  if (history.history) {
    const h = history.history;
    const versions = [...h.versions.values()].reduce((n, m) => n + m.size, 0);
    return `Revisions from git (${h.head.short}, ${h.head.date}): ${h.indicators.size} indicators with history, ${versions} earlier CSV versions, ${h.releases.length} releases, ${history.seconds.toFixed(1)} s.`;
  }
  return history.note;
}

/** One indicator's history; undefined where the repository has none. */
export function indicatorHistory(id: string): IndicatorHistory | undefined {
  return getHistory()?.indicators.get(id);
}

function loaded(): Cache {
  const cached = store[KEY];
  if (!cached) throw new Error('The site model is not loaded: call prepareSite() before rendering (the sdg-data integration does).');
  return cached;
}

/** The model in `lang` (by default the language of the page being rendered). */
export function getSite(lang = currentLanguage()): SiteModel {
  const cached = loaded();
  return cached.models.get(lang) ?? cached.site;
}

/** Every language's model, the default first. */
export function allSites(): SiteModel[] {
  const { site, models } = loaded();
  return site.languages.map((l) => models.get(l) ?? site);
}

/** The languages the site is published in, the default first. */
export const siteLanguages = publishedLanguages;

export function getIndicator(id: string): Indicator {
  const found = getSite().indicators.find((i) => i.id === id);
  if (!found) throw new Error(`No indicator ${id}`);
  return found;
}

/** Indicators that get pages: all but Open SDG placeholders (shown on the goal page only). */
export function pagedIndicators(lang?: string): Indicator[] {
  return getSite(lang).indicators.filter((i) => !i.placeholderHtml);
}

/** True when the indicator has values to show. */
export function hasData(indicator: Indicator): boolean {
  return indicator.data?.observations.some((o) => o.value !== null) ?? false;
}

/** The status readers see for "Reported online" (`complete`) when the data file is missing or holds no values. */
export const NO_DATA_YET = 'complete-nodata';

/**
 * The one rule for "has data": the reporting status as readers see it, with `complete` split by whether there
 * are values to show. Every badge and every count (home page, goal pages, /status/) goes through it, so the
 * numbers agree with the badges.
 */
export function readerStatus(indicator: Indicator): string {
  return indicator.status === 'complete' && !hasData(indicator) ? NO_DATA_YET : indicator.status;
}

/** True when the indicator is reported online with values: what the home page and goal tiles count as "with data". */
export function reportedWithData(indicator: Indicator): boolean {
  return readerStatus(indicator) === 'complete';
}

/** Indicators that count in the goals and status summaries: listed under a target, with a page. */
export function countedIndicators(): Indicator[] {
  return getSite().indicators.filter((i) => !i.standalone && !i.placeholderHtml);
}

export { headlineOf, type HeadlineSeries };

/**
 * Installs models read elsewhere (a worker thread gets each language's model without its indicators, then one
 * indicator at a time, from the build's main thread): `getSite()`, `t()` and the routes answer as in the build.
 */
export function installSites(site: SiteModel, models: Map<string, SiteModel>): void {
  configureLanguages(site.languages, site.languageFallback);
  // The per-indicator files say nothing of revisions: a worker goes without the git history.
  store[KEY] = { key: keyOf(), site, models, history: { seconds: 0 } };
}
