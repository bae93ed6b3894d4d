import type { ZodIssue } from 'zod';
import { IndicatorMetaSchema, type IndicatorMeta } from '../schemas/metadata.ts';
import type { ProblemList } from './problems.ts';
import type { RawMeta } from './read-repository.ts';
import { nearest } from './suggest.ts';
import { resolveText, type Translations } from './translations.ts';

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a set of fields';
  if (typeof value === 'string') return `"${value}"`;
  return `${typeof value} ${String(value)}`;
}

/** Turns a zod issue into our message and hint, in the words an editor uses. */
export function explainIssue(issue: ZodIssue, input: Record<string, unknown>): { message: string; hint: string } {
  const field = issue.path.join('.');
  const received = issue.path.reduce<unknown>((v, k) => (v as Record<string | number, unknown> | undefined)?.[k], input);
  if (issue.code === 'invalid_enum_value') {
    const options = issue.options.map(String);
    const guess = nearest(String(received), options);
    return {
      message: `${field}: expected one of ${options.join(', ')}; received ${describe(received)}.`,
      hint: guess ? `Did you mean "${guess}"?` : `Use one of: ${options.join(', ')}.`,
    };
  }
  if (issue.code === 'invalid_union' || issue.code === 'invalid_type') {
    const expected = issue.code === 'invalid_type' ? issue.expected : 'text';
    return {
      message: `${field}: expected ${expected === 'string' ? 'text' : expected}, received ${describe(received)}.`,
      hint: 'See the Open SDG metadata format for this field, or remove it.',
    };
  }
  return { message: `${field}: ${issue.message}.`, hint: 'Correct the value or remove the field.' };
}

export interface CheckedMeta {
  meta: IndicatorMeta;
  /** The metadata with translation keys resolved and empty values dropped. */
  resolved: Record<string, unknown>;
}

/** Resolves translation keys, then checks the fields the portal relies on; each problem points at its line. */
export function checkMeta(raw: RawMeta, translations: Translations, groups: Set<string>, problems: ProblemList): CheckedMeta {
  const at = (key: string) => raw.where[key] ?? { file: raw.file, line: 1 };
  const resolved: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw.data)) {
    if (value === null || value === '') continue;
    if (typeof value !== 'string') {
      resolved[key] = value;
      continue;
    }
    const r = resolveText(value, translations, groups);
    if (r.kind === 'missing') {
      const { file, line } = at(key);
      problems.warning(file, line, `${key}: translation key "${r.key}" does not resolve; shown as text.`,
        `Add "${r.key.slice(r.key.indexOf('.') + 1)}" to translations/<lang>/${r.key.slice(0, r.key.indexOf('.'))}.yml, or write the text itself.`);
    }
    resolved[key] = r.text;
  }
  const result = IndicatorMetaSchema.safeParse(resolved);
  if (result.success) return { meta: result.data, resolved };
  const bad = new Set<string>();
  for (const issue of result.error.issues) {
    const key = String(issue.path[0] ?? '');
    bad.add(key);
    const { file, line } = at(key);
    const { message, hint } = explainIssue(issue, resolved);
    problems.error(file, line, message, hint);
  }
  const usable = Object.fromEntries(Object.entries(resolved).filter(([k]) => !bad.has(k)));
  return { meta: IndicatorMetaSchema.parse(usable), resolved };
}
