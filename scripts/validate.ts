/**
 * `npm run validate [path] [-- --strict]`: checks a data repository (the argument, SDG_DATA_DIR, or the bundled
 * UK data) and prints every problem as `path:line: severity: message Hint: fix`, a summary by kind, and what
 * each input read. Exits 1 when there is an error; `--strict` counts every warning as an error.
 */
import { repositoryFromEnv } from '../src/site/config.ts';
import { allSites, prepareSite } from '../src/site/site-data.ts';
import { exitOnCrash, indicatorCount, inputsReport, languagesReport, reportFor, shownRoot } from '../src/site/report.ts';
import { getEditorial } from '../src/site/editorial-data.ts';
import { formatReport } from '../src/pipeline/problems.ts';

exitOnCrash('Validation');
const args = process.argv.slice(2);
const strict = args.includes('--strict');
const at = repositoryFromEnv(process.env, args.find((a) => !a.startsWith('--')));
process.env['SDG_DATA_DIR'] = at.root;
const site = await prepareSite();
const report = reportFor(site, at.root, { strict });
console.log(report.text);
// Stories and concepts are checked against the model too (only when the data load cleanly), with the same format.
let editorialErrors = 0;
if (report.errors === 0) {
  const { problems } = getEditorial();
  editorialErrors = problems.length;
  if (problems.length > 0) console.log(formatReport(problems));
}
console.log(`Inputs:\n${inputsReport(site)}`);
console.log(`Languages:\n${languagesReport(allSites())}`);
const verdict = report.errors + editorialErrors === 0 ? 'ready to build' : strict && report.warnings === 0 ? 'not ready (--strict counts warnings as errors)' : 'not ready to build';
console.log(`${shownRoot(at.root)}: ${indicatorCount(site)}, ${verdict}.`);
process.exit(report.errors + editorialErrors > 0 ? 1 : 0);
