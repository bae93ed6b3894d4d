import { relative } from 'node:path';
import { formatReport, strictly, type SiteModel } from '../pipeline/index.ts';
import { printable } from '../pipeline/problems.ts';
import type { Problem } from '../schemas/problem.ts';
import { interfaceCoverage } from '../i18n/server.ts';

/** Paths as the user typed them: relative to the working folder when inside it, else absolute. */
export function shownRoot(root: string): string {
  const shown = relative(process.cwd(), root) || '.';
  return shown.startsWith('..') ? root : shown;
}

/**
 * The validation report as printed by `npm run validate` and `npm run build`. With `strict`, every warning
 * counts as an error (an NSO's own data CI).
 */
export function reportFor(site: SiteModel, root: string, opts: { strict?: boolean } = {}): { text: string; errors: number; warnings: number; problems: Problem[] } {
  const problems = opts.strict ? strictly(site.problems) : site.problems;
  const errors = problems.filter((p) => p.severity === 'error').length;
  return {
    text: formatReport(problems, shownRoot(root)),
    errors,
    warnings: problems.filter((p) => p.severity === 'warning').length,
    problems,
  };
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** One line per input: how many indicators got data or metadata from it, so a reader that skips files shows. */
export function inputsReport(site: SiteModel): string {
  return site.inputs.map((input) => {
    const what = input.skipped ? 'not supported, skipped'
      : input.data === 0 && input.meta === 0 ? 'no files'
      : [
        input.data > 0 || input.meta === 0 ? `${plural(input.data, 'indicator')} with data` : '',
        input.meta > 0 ? `metadata for ${plural(input.meta, 'indicator')}` : '',
        ...Object.entries(input.translated ?? {}).map(([lang, n]) => `${n} translated (${lang})`),
      ].filter(Boolean).join(', ');
    return `  ${input.className}${input.pattern ? ` ${input.pattern}` : ''}: ${what}`;
  }).join('\n');
}

/** "312 indicators (41 national, 2 standalone)". */
export function indicatorCount(site: SiteModel): string {
  const national = site.indicators.filter((i) => i.national).length;
  const standalone = site.indicators.filter((i) => i.standalone).length;
  const parts = [national ? `${national} national` : '', standalone ? `${standalone} standalone` : ''].filter(Boolean);
  return `${plural(site.indicators.length, 'indicator')}${parts.length ? ` (${parts.join(', ')})` : ''}`;
}

/**
 * Per language: how much of the interface it has of its own (the rest falls back along its chain), and how
 * many indicator pages are fully in that language.
 */
export function languagesReport(models: readonly SiteModel[]): string {
  return models.map((m, i) => {
    const ui = interfaceCoverage(m.lang);
    const pct = Math.round((100 * ui.own) / ui.total);
    const fallback = ui.own < ui.total ? `, the rest from ${ui.chain.slice(1).join(' → ')}` : '';
    const pages = m.indicators.filter((ind) => !ind.placeholderHtml);
    const translated = pages.filter((ind) => !ind.untranslated).length;
    const content = i === 0 ? 'default language' : `${translated} of ${plural(pages.length, 'indicator page')} fully translated`;
    return `  ${m.lang}: interface ${pct}% its own${fallback}; ${content}`;
  }).join('\n');
}

/**
 * For the command-line scripts: an unexpected failure is said in one printable line with what to do, never as a
 * stack trace (hostile input must not dump internals into a CI log); `SDG_DEBUG=1` prints the stack as well.
 */
export function exitOnCrash(what: string): void {
  const crash = (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`${what} stopped on an unexpected problem: ${printable(message.split('\n')[0] ?? '')}. Hint: Please report it with the file that caused it (see docs/security.md); SDG_DEBUG=1 shows the details.`);
    if (process.env['SDG_DEBUG']) console.error(error);
    process.exit(2);
  };
  process.on('uncaughtException', crash);
  process.on('unhandledRejection', crash);
}
