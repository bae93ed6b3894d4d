import type { Problem, Severity } from '../schemas/problem.ts';

/** Collects problems as the pipeline goes; never throws, so every problem is reported at once. */
export class ProblemList {
  readonly items: Problem[] = [];
  /** Files already reported as unreadable: what the pipeline finds in their (empty) text is not news. */
  readonly #quiet = new Set<string>();
  #add(severity: Severity, file: string, line: number, message: string, hint?: string, kind?: string): void {
    if (this.#quiet.has(file)) return;
    this.items.push({ severity, file, line, message, ...(hint ? { hint } : {}), ...(kind ? { kind } : {}) });
  }
  error(file: string, line: number, message: string, hint?: string): void {
    this.#add('error', file, line, message, hint);
  }
  /** `kind` names what the report's summary counts it as, where the message alone would not group it. */
  warning(file: string, line: number, message: string, hint?: string, kind?: string): void {
    this.#add('warning', file, line, message, hint, kind);
  }
  info(file: string, line: number, message: string, hint?: string): void {
    this.#add('info', file, line, message, hint);
  }
  /** Later problems in `file` are dropped: it was refused or unreadable, and that has been said. */
  quietAbout(file: string): void {
    this.#quiet.add(file);
  }
  get hasErrors(): boolean {
    return this.items.some((p) => p.severity === 'error');
  }
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Errors first, then warnings, then notes; within each, by file then line. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      RANK[a.severity] - RANK[b.severity] ||
      a.file.localeCompare(b.file, 'en', { numeric: true }) ||
      a.line - b.line,
  );
}

/** `--strict`: every warning becomes an error, for an NSO's own data CI. */
export function strictly(problems: readonly Problem[]): Problem[] {
  return problems.map((p) => (p.severity === 'warning' ? { ...p, severity: 'error' } : p));
}

/** At most this much of a quoted cell or value is echoed; a message or hint is cut at the second limit. */
export const QUOTE_LIMIT = 200;
const TEXT_LIMIT = 1000;

/** The first `n` characters, never splitting a surrogate pair, with "…" when something was cut. */
function cut(text: string, n: number): string {
  if (text.length <= n) return text;
  const end = /[\uD800-\uDBFF]/.test(text.charAt(n - 1)) ? n - 1 : n;
  return `${text.slice(0, end)}…`;
}

/**
 * Text from a problem as a terminal may show it (hostile or binary input): control characters (other than tab)
 * replaced, every quoted value cut to 200 characters, and the whole cut to 1,000.
 */
export function printable(text: string): string {
  const quotes = text.replace(/"([^"]*)"/g, (all, inner: string) => (inner.length > QUOTE_LIMIT ? `"${cut(inner, QUOTE_LIMIT)}"` : all));
  // eslint-disable-next-line no-control-regex
  return cut(quotes, TEXT_LIMIT).replace(/[\u0000-\u0008\u000A-\u001F\u007F-\u009F\u2028\u2029]/g, '�');
}

/** `path:line: error: message Hint: fix` — one line per problem, paths prefixed by `root`. */
export function formatProblem(problem: Problem, root = ''): string {
  const path = root ? `${root.replace(/\/+$/, '')}/${problem.file}` : problem.file;
  const hint = problem.hint ? ` Hint: ${printable(problem.hint)}` : '';
  return `${printable(path)}:${problem.line}: ${problem.severity}: ${printable(problem.message)}${hint}`;
}

/**
 * The kind of a problem: its message with the specifics (quoted values, numbers, column and field names)
 * taken out, so "Duplicate observation: same Year, ... as line 12 (value 3 there, 4 here)" is one kind.
 */
export function kindOf(problem: Problem): string {
  if (problem.kind) return problem.kind;
  return problem.message
    .replace(/"[^"]*"/g, '"…"')
    .replace(/(?<![\w.])\d+(\.\d+)?(?![\w.])/g, 'N')
    .replace(/^[\w.]+(?=: )/, 'field')
    .replace(/\(.*?\)/g, '(…)');
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * A summary that fits on one screen: per kind of problem, how many and the first three places.
 * Kinds with one occurrence are not repeated (the lines above say them already).
 */
export function summarizeProblems(problems: readonly Problem[], root = ''): string[] {
  const kinds = new Map<string, { severity: Severity; problems: Problem[] }>();
  for (const p of sortProblems(problems)) {
    const key = `${p.severity}|${kindOf(p)}`;
    const entry = kinds.get(key) ?? { severity: p.severity, problems: [] };
    entry.problems.push(p);
    kinds.set(key, entry);
  }
  const prefix = root ? `${root.replace(/\/+$/, '')}/` : '';
  return [...kinds.values()]
    .filter((k) => k.severity !== 'info' && k.problems.length > 1)
    .sort((a, b) => RANK[a.severity] - RANK[b.severity] || b.problems.length - a.problems.length)
    .map(({ severity, problems: ps }) => {
      const first = ps[0]!;
      const places = ps.slice(0, 3).map((p) => `${prefix}${p.file}:${p.line}`).join(', ');
      const more = ps.length > 3 ? `, and ${ps.length - 3} more` : '';
      const hint = first.hint ? ` ${printable(first.hint)}` : '';
      return `  ${plural(ps.length, severity)}: ${printable(kindOf(first))} (${printable(places)}${more}).${hint}`;
    });
}

/** Problems of one kind in one file past the first 20 are counted, not listed (binary garbage, 10 000 bad rows). */
const PER_FILE_KIND = 20;

/** The whole report: every problem on its own line (at most 20 of a kind per file), a summary by kind, then a count. */
export function formatReport(problems: readonly Problem[], root = ''): string {
  const sorted = sortProblems(problems);
  const keyOf = (p: Problem) => `${p.file}|${p.severity}|${kindOf(p)}`;
  const totals = new Map<string, number>();
  for (const p of sorted) totals.set(keyOf(p), (totals.get(keyOf(p)) ?? 0) + 1);
  const lines: string[] = [];
  const shown = new Map<string, number>();
  for (const p of sorted) {
    const key = keyOf(p);
    const n = (shown.get(key) ?? 0) + 1;
    shown.set(key, n);
    if (n <= PER_FILE_KIND) lines.push(formatProblem(p, root));
    else if (n === PER_FILE_KIND + 1) {
      const path = root ? `${root.replace(/\/+$/, '')}/${p.file}` : p.file;
      lines.push(`${printable(path)}: ${plural(totals.get(key)! - PER_FILE_KIND, `more ${p.severity}`)} like the one above, not listed.`);
    }
  }
  const errors = sorted.filter((p) => p.severity === 'error').length;
  const warnings = sorted.filter((p) => p.severity === 'warning').length;
  const summary = summarizeProblems(problems, root);
  if (summary.length > 0 && errors + warnings > 10) {
    lines.push('', 'Summary by kind of problem:', ...summary);
  }
  lines.push(`${plural(errors, 'error')}, ${plural(warnings, 'warning')}.`);
  return lines.join('\n');
}
