/**
 * For the editors' preview, which reads the repository again after every saved change: the costliest steps per
 * file (parsing a CSV, turning its rows into observations, parsing a metadata file's YAML) keep their last answer for each file, with
 * the problems they reported, and give it again while the file's text is the same. Off unless switched on
 * (`keepReadings()`): a build reads each file once and keeps nothing.
 *
 * Both steps are pure (text in, result and problems out) and nothing downstream changes their results (labels
 * make a copy), so an answer given twice is the answer the step would give.
 */
import type { IndicatorData } from '../schemas/observation.ts';
import type { Problem } from '../schemas/problem.ts';
import type { ColumnRoles } from './columns.ts';
import { rowsToObservations } from './observations.ts';
import { parseIndicatorCsv, type ParsedCsv } from './parse-csv.ts';
import { parseYaml, type ParsedYaml, type YamlOptions } from './parse-yaml.ts';
import { ProblemList } from './problems.ts';

let keeping = false;
const parsed = new Map<string, { text: string; result: ParsedCsv; problems: Problem[] }>();
const parsedYaml = new Map<string, { text: string; result: ParsedYaml; problems: Problem[] }>();
const observed = new WeakMap<ParsedCsv, { file: string; roles: string; result: IndicatorData; problems: Problem[] }>();

/** Switches the cache on (the preview does, once); `false` switches it off and forgets everything. */
export function keepReadings(on = true): void {
  keeping = on;
  if (!on) {
    parsed.clear();
    parsedYaml.clear();
  }
}

function replay(problems: readonly Problem[], into: ProblemList): void {
  for (const p of problems) into[p.severity](p.file, p.line, p.message, p.hint);
}

/** Runs `step` with a list of its own, so its problems can be given again later. */
function recorded<T>(step: (problems: ProblemList) => T, into: ProblemList): { result: T; problems: Problem[] } {
  const own = new ProblemList();
  const result = step(own);
  replay(own.items, into);
  return { result, problems: own.items };
}

/** `parseIndicatorCsv`, answered again while the file's text is unchanged. */
export function parseCsvOnce(text: string, file: string, problems: ProblemList): ParsedCsv {
  if (!keeping) return parseIndicatorCsv(text, file, problems);
  const kept = parsed.get(file);
  if (kept && kept.text === text) {
    replay(kept.problems, problems);
    return kept.result;
  }
  const { result, problems: own } = recorded((p) => parseIndicatorCsv(text, file, p), problems);
  parsed.set(file, { text, result, problems: own });
  return result;
}

const rolesKey = (roles: ColumnRoles) => JSON.stringify({ ...roles, notBreakdown: [...roles.notBreakdown].sort() });

/** `rowsToObservations`, answered again for the same parsed table and column roles. */
export function observationsOnce(csv: ParsedCsv, file: string, problems: ProblemList, roles: ColumnRoles): IndicatorData {
  if (!keeping) return rowsToObservations(csv, file, problems, roles);
  const key = rolesKey(roles);
  const kept = observed.get(csv);
  if (kept && kept.file === file && kept.roles === key) {
    replay(kept.problems, problems);
    return kept.result;
  }
  const { result, problems: own } = recorded((p) => rowsToObservations(csv, file, p, roles), problems);
  observed.set(csv, { file, roles: key, result, problems: own });
  return result;
}

/** `parseYaml` (a metadata file's front matter or YAML), answered again while the text is unchanged. */
export function parseYamlOnce(text: string, file: string, problems: ProblemList, opts: YamlOptions = {}): ParsedYaml {
  if (!keeping) return parseYaml(text, file, problems, opts);
  const key = `${file}\u0000${JSON.stringify(opts)}`;
  const kept = parsedYaml.get(key);
  if (kept && kept.text === text) {
    replay(kept.problems, problems);
    return kept.result;
  }
  const { result, problems: own } = recorded((p) => parseYaml(text, file, p, opts), problems);
  parsedYaml.set(key, { text, result, problems: own });
  return result;
}
