/**
 * `npm run validate [path]`: checks a data repository (the argument, SDG_DATA_DIR, or the bundled UK data)
 * and prints every problem as `path:line: severity: message Hint: fix`. Exits 1 when there is an error.
 */
import { repositoryFromEnv } from '../src/site/config.ts';
import { nodeFiles } from '../src/site/node-files.ts';
import { loadSite } from '../src/pipeline/index.ts';
import { reportFor } from '../src/site/report.ts';
import { getEditorial } from '../src/site/editorial-data.ts';
import { formatReport } from '../src/pipeline/problems.ts';

const at = repositoryFromEnv(process.env, process.argv[2]);
const site = loadSite(at, nodeFiles);
const report = reportFor(site, at.root);
console.log(report.text);
// Stories and concepts are checked against the model too (only when the data load cleanly), with the same format.
let editorialErrors = 0;
if (report.errors === 0) {
  process.env['SDG_DATA_DIR'] = at.root;
  const { problems } = getEditorial();
  editorialErrors = problems.length;
  if (problems.length > 0) console.log(formatReport(problems));
}
if (report.errors + editorialErrors === 0) console.log(`${at.root}: ${site.indicators.length} indicators, ready to build.`);
process.exit(report.errors + editorialErrors > 0 ? 1 : 0);
