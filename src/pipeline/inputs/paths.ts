/** File patterns and ids as sdg-build reads them: `data/*-*.csv` matches files in one folder; the id is the file name. */
import type { InputContext } from './types.ts';

export function patternToRegExp(pattern: string): RegExp {
  const source = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]');
  return new RegExp(`^${source}$`);
}

/**
 * The files matching an sdg-build `path_pattern` (a folder, then a file-name pattern with `*` and `?`),
 * relative to the repository root and sorted. Patterns are relative to the root (`src_dir` already applied).
 */
export function matchFiles(ctx: Pick<InputContext, 'root' | 'fx'>, pattern: string): string[] {
  const clean = pattern.replace(/^\.?\/+/, '');
  const slash = clean.lastIndexOf('/');
  const dir = slash >= 0 ? clean.slice(0, slash) : '';
  const name = patternToRegExp(slash >= 0 ? clean.slice(slash + 1) : clean);
  const names = ctx.fx.list(dir ? `${ctx.root}/${dir}` : ctx.root);
  return names.filter((n) => name.test(n)).sort().map((n) => (dir ? `${dir}/${n}` : n));
}

/** `data/indicator_1-2-1.csv` → `1-2-1`; `meta/1.3.1.a.xlsx` → `1-3-1-a` (sdg-build: the file name, dots as dashes). */
export function idFromPath(path: string): string {
  const base = path.slice(path.lastIndexOf('/') + 1);
  const stem = base.includes('.') ? base.slice(0, base.lastIndexOf('.')) : base;
  return stem.replace(/^indicator_/, '').replace(/\./g, '-').toLowerCase();
}
