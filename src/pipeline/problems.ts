import type { Problem } from '../schemas/problem.ts';

/** Collects problems as the pipeline goes; never throws, so every problem is reported at once. */
export class ProblemList {
  readonly items: Problem[] = [];
  error(file: string, line: number, message: string, hint?: string): void {
    this.items.push({ severity: 'error', file, line, message, ...(hint ? { hint } : {}) });
  }
  warning(file: string, line: number, message: string, hint?: string): void {
    this.items.push({ severity: 'warning', file, line, message, ...(hint ? { hint } : {}) });
  }
  get hasErrors(): boolean {
    return this.items.some((p) => p.severity === 'error');
  }
}

/** Errors first, then warnings; within each, by file then line. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  const rank = (p: Problem) => (p.severity === 'error' ? 0 : 1);
  return [...problems].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      a.file.localeCompare(b.file, 'en', { numeric: true }) ||
      a.line - b.line,
  );
}

/** `path:line: error: message Hint: fix` — one line per problem, paths prefixed by `root`. */
export function formatProblem(problem: Problem, root = ''): string {
  const path = root ? `${root.replace(/\/+$/, '')}/${problem.file}` : problem.file;
  const hint = problem.hint ? ` Hint: ${problem.hint}` : '';
  return `${path}:${problem.line}: ${problem.severity}: ${problem.message}${hint}`;
}

/** The whole report: every problem on its own line, then a count. */
export function formatReport(problems: readonly Problem[], root = ''): string {
  const sorted = sortProblems(problems);
  const errors = sorted.filter((p) => p.severity === 'error').length;
  const warnings = sorted.length - errors;
  const lines = sorted.map((p) => formatProblem(p, root));
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  lines.push(`${plural(errors, 'error')}, ${plural(warnings, 'warning')}.`);
  return lines.join('\n');
}
