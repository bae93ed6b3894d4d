import { readFileSync } from 'node:fs';
import { loadSite } from '../../../src/pipeline/index.ts';
import { memoryFiles } from '../../../src/pipeline/effects.ts';
import { formatProblem, sortProblems } from '../../../src/pipeline/problems.ts';

const FRAMEWORK = ['global_goals', 'global_targets', 'global_indicators'];
const framework = Object.fromEntries(
  FRAMEWORK.map((g) => [`fw/en/${g}.yml`, readFileSync(`data/sdg-framework/en/${g}.yml`, 'utf8')]),
);

export const fixture = (name: string) => readFileSync(`tests/fixtures/${name}`, 'utf8');
export const GOOD_CSV = fixture('good/indicator_1-2-1.csv');
export const GOOD_META = fixture('good/1-2-1.md');

/** Builds the model of an in-memory repository (paths relative to its root) with the real UN framework. */
export async function siteOf(files: Record<string, string>) {
  const repo = Object.fromEntries(Object.entries(files).map(([p, text]) => [`repo/${p}`, text]));
  return loadSite({ root: 'repo', frameworkRoot: 'fw', languages: ['en'] }, memoryFiles({ ...framework, ...repo }));
}

/** The report lines a user would read, in order. */
export async function reportLines(files: Record<string, string>): Promise<string[]> {
  return sortProblems((await siteOf(files)).problems).map((p) => formatProblem(p));
}
