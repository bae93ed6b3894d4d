/** Repositories for the SDMX export tests, in memory, from tests/fixtures/sdmx-out (one data file per problem). */
import { fixture, siteOf } from '../fixture-repo.ts';
import { sdmxFixture } from '../../../fixtures/sdmx/harness.ts';
import { formatProblem, sortProblems } from '../../../../src/pipeline/problems.ts';
import { loadSite } from '../../../../src/pipeline/index.ts';
import { memoryFiles } from '../../../../src/pipeline/effects.ts';
import { readFileSync } from 'node:fs';
import { READERS } from '../../../../src/site/readers.ts';

export const out = (name: string) => fixture(`sdmx-out/${name}`);

/** A CSV repository with the mapping files (or without, `mapping: false`) and `csv` as 1.2.1's data. */
export async function csvRepo(csv: string, opts: { mapping?: boolean; extra?: Record<string, string> } = {}) {
  return siteOf({
    'data/indicator_1-2-1.csv': csv,
    'meta/1-2-1.md': fixture('good/1-2-1.md'),
    ...(opts.mapping === false ? {} : { 'column_mapping.csv': out('column_mapping.csv'), 'code_mapping.csv': out('code_mapping.csv') }),
    ...opts.extra,
  });
}

/** The report lines of the SDMX export, as a user reads them. */
export const sdmxLines = (site: Awaited<ReturnType<typeof csvRepo>>) =>
  sortProblems(site.problems).filter((p) => p.message.startsWith('SDMX: ')).map((p) => formatProblem(p));

const META = '---\nreporting_status: complete\ngraph_type: line\n---\n';
const FRAMEWORK = Object.fromEntries(['global_goals', 'global_targets', 'global_indicators'].map((g) => [`fw/en/${g}.yml`, readFileSync(`data/sdg-framework/en/${g}.yml`, 'utf8')]));

/** A repository whose SDMX-ML input declares a DSD (tests/fixtures/sdmx/dsd.xml); its messages read without import_codes. */
export async function dsdRepo(message: string) {
  const files = {
    'config_data.yml': out('dsd/config_data.yml'),
    'SDG_DSD.xml': sdmxFixture('dsd.xml'),
    'data/1.1.1.xml': message,
    'meta/1-1-1.md': META,
    'meta/1-3-1-a.md': META,
  };
  return loadSite({ root: 'repo', frameworkRoot: 'fw', languages: ['en', 'ru'] },
    memoryFiles({ ...FRAMEWORK, ...Object.fromEntries(Object.entries(files).map(([p, t]) => [`repo/${p}`, t])) }), READERS);
}
