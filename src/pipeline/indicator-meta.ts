import { z } from 'zod';
import { IndicatorMetaSchema, type IndicatorMeta } from '../schemas/metadata.ts';
import type { ProblemList } from './problems.ts';
import type { RawMeta } from './read-repository.ts';
import { explainIssue } from './zod-issues.ts';
import { resolveText, type Translations } from './translations.ts';

export interface CheckedMeta {
  meta: IndicatorMeta;
  /** The metadata with translation keys resolved and empty values dropped. */
  resolved: Record<string, unknown>;
}

/** Fields the schema reads as text: a number or true/false there is shown as written, with a warning. */
const TEXT_FIELDS = new Set(Object.entries(IndicatorMetaSchema.shape)
  .filter(([, schema]) => schema instanceof z.ZodOptional && schema.unwrap() instanceof z.ZodString)
  .map(([key]) => key));

/** Resolves translation keys, then checks the fields the portal relies on; each problem points at its line. */
export function checkMeta(raw: RawMeta, translations: Translations, groups: Set<string>, problems: ProblemList): CheckedMeta {
  const at = (key: string) => raw.where[key] ?? { file: raw.file, line: 1 };
  const resolved: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw.data)) {
    if (value === null || value === '') continue;
    if ((typeof value === 'number' || typeof value === 'boolean') && TEXT_FIELDS.has(key)) {
      const { file, line } = at(key);
      problems.warning(file, line, `${key}: expected text, received ${typeof value} ${String(value)}; shown as "${String(value)}".`,
        `Quote the value ("${String(value)}") if it is meant as text.`);
      resolved[key] = String(value);
      continue;
    }
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
