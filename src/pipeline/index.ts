/** The pipeline's front door: a repository location and file access in, the site model and every problem out. */
import type { SiteModel } from '../schemas/model.ts';
import { buildModel } from './build-model.ts';
import type { ReadEffects } from './effects.ts';
import { ProblemList } from './problems.ts';
import { readRepository, type Readers, type RepositoryLocation } from './read-repository.ts';
import { reportingFiles } from './reporting-files.ts';
import { exportSdmx } from './sdmx/site-export.ts';

/** How a path is shown in the report: relative to the repository root; the site repository by its setting's name. */
function shownPath(at: RepositoryLocation): (path: string) => string {
  const under = (dir: string | undefined, path: string) => !!dir && path.startsWith(`${dir.replace(/\/+$/, '')}/`);
  return (path) => {
    if (under(at.root, path)) return path.slice(at.root.replace(/\/+$/, '').length + 1);
    if (under(at.siteDir, path)) return `SDG_SITE_DIR/${path.slice(at.siteDir!.replace(/\/+$/, '').length + 1)}`;
    return path;
  };
}

/** The site in its default language, with every problem found. */
export async function loadSite(at: RepositoryLocation, fx: ReadEffects, readers?: Readers): Promise<SiteModel> {
  return (await loadSites(at, fx, readers)).site;
}

/**
 * The site in every language it is published in, the repository read once. Problems are found and reported
 * once, on the default language's model; the other models are built from the same reading.
 */
export async function loadSites(
  at: RepositoryLocation, fx: ReadEffects, readers?: Readers, onlyDefault = false, time: StepTimer = async (_step, fn) => fn(),
): Promise<{ site: SiteModel; models: Map<string, SiteModel> }> {
  const problems = new ProblemList();
  const raw = await time('read and validate', () => readRepository(at, reportingFiles(fx, problems, shownPath(at)), problems, readers));
  const site = await time(`model (${raw.languages[0] ?? 'en'})`, () => buildModel(raw, problems));
  const models = new Map([[site.lang, site]]);
  if (!onlyDefault) for (const lang of raw.languages.slice(1)) models.set(lang, await time(`model (${lang})`, () => buildModel(raw, new ProblemList(), lang)));
  // Made once, with names in every language read; its problems join the report.
  site.sdmx = await time('SDMX export', () => exportSdmx(raw, [...models.values()], problems));
  return { site, models };
}

/** Runs one step of the reading and hears how long it took (the build's profile); by default it only runs it. */
export type StepTimer = <T>(step: string, fn: () => T | Promise<T>) => Promise<T>;

export type { RepositoryLocation, ReadEffects, SiteModel };
export { formatReport, formatProblem, sortProblems, strictly, summarizeProblems } from './problems.ts';
