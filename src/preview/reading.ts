/**
 * One reading of the repository and the editors' content for the preview: the models are read again, the stories
 * and concepts checked again, and every problem collected with its file shown as `npm run validate` shows it.
 * A reading that fails outright (a bug, an unreadable folder) leaves the previous models in place and says why,
 * so the server keeps showing the last good pages instead of stopping.
 */
import { relative } from 'node:path';
import { forgetMapShapes } from '../maps/indicator-map.ts';
import type { SiteModel } from '../pipeline/index.ts';
import { formatProblem, formatReport, printable } from '../pipeline/problems.ts';
import type { Problem } from '../schemas/problem.ts';
import { refreshEditorial } from '../site/editorial-data.ts';
import { indicatorCount, shownRoot } from '../site/report.ts';
import { prepareSite } from '../site/site-data.ts';
import { repositoryFromEnv } from '../site/config.ts';

export interface Reading {
  problems: Problem[];
  failure?: string;
  /** "data/uk: 248 indicators, 0 errors, 82 warnings: ready to build." */
  verdict: string;
  ms: number;
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/**
 * Reads everything again; `changed` (absolute paths) says which caches beyond the models must go. `load` reads
 * the models (a test passes one that fails). Pages keep being served from the last reading until the new one is
 * in; the stories and concepts are checked against it at once, with nothing in between.
 */
export async function readAgain(changed: readonly string[] = [], load: () => Promise<SiteModel> = () => prepareSite({ fresh: true })): Promise<Reading> {
  const started = performance.now();
  const root = repositoryFromEnv().root;
  const shown = shownRoot(root);
  try {
    const site = await load();
    const editorial = refreshEditorial();
    if (changed.some((f) => /\.(?:geo)?json$/i.test(f) || relative(root, f).startsWith('geojsons'))) forgetMapShapes();
    const data = site.problems.map((p) => ({ ...p, file: `${shown}/${p.file}` }));
    const problems = [...data, ...editorial.problems];
    const errors = problems.filter((p) => p.severity === 'error').length;
    const warnings = problems.filter((p) => p.severity === 'warning').length;
    const verdict = `${shown}: ${indicatorCount(site)}, ${plural(errors, 'error')}, ${plural(warnings, 'warning')}: ${errors ? 'the build would stop' : 'ready to build'}.`;
    return { problems, verdict, ms: performance.now() - started };
  } catch (error) {
    const failure = printable(error instanceof Error ? error.message : String(error));
    return { problems: [], failure, verdict: `${shown}: could not be read (${failure}); the pages show the last reading that worked.`, ms: performance.now() - started };
  }
}

/** The report of a first reading, as `npm run validate` prints it. */
export function fullReport(reading: Reading): string {
  return [reading.problems.length ? formatReport(reading.problems) : '', reading.verdict].filter(Boolean).join('\n');
}

/** What changed since the previous reading: each new problem, located, then how many went away, then the verdict. */
export function changeReport(before: Reading, after: Reading): string {
  const had = new Set(before.problems.map((p) => formatProblem(p)));
  const now = new Set(after.problems.map((p) => formatProblem(p)));
  const added = [...now].filter((line) => !had.has(line));
  const gone = [...had].filter((line) => !now.has(line)).length;
  return [...added, ...(gone ? [`${plural(gone, 'problem')} fixed.`] : []), after.verdict].join('\n');
}
