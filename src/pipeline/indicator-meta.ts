import { z } from 'zod';
import { IndicatorMetaSchema, SOURCE_TYPES, sourceTypeOf, type IndicatorMeta } from '../schemas/metadata.ts';
import { nearest } from './suggest.ts';
import type { ProblemList } from './problems.ts';
import type { RawMeta } from './read-repository.ts';
import { explainIssue } from './zod-issues.ts';
import { CHART_META_FIELDS, ChartMetaSchemas } from '../schemas/chart-meta.ts';
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

/**
 * The chart fields (graph_limits, graph_annotations, graph_target_lines, graph_types, precision): each entry is
 * checked; a malformed one is reported at its line and left out, so the chart is drawn without it.
 */
function checkChartFields(resolved: Record<string, unknown>, raw: RawMeta, translations: Translations, groups: Set<string>, problems: ProblemList): void {
  for (const key of CHART_META_FIELDS) {
    const value = resolved[key];
    if (value === undefined) continue;
    const place = raw.where[key] ?? { file: raw.file, line: 1 };
    // `precision: 1` is a shorthand for every series.
    if (key === 'precision' && typeof value === 'number') {
      resolved[key] = [{ decimals: value }];
      continue;
    }
    if (!Array.isArray(value)) {
      problems.warning(place.file, place.line, `${key}: expected a list of entries, received ${typeof value === 'object' ? 'a set of fields' : JSON.stringify(value)}; ignored.`,
        `Write each entry on its own line starting with "- ", e.g. "- series: <name>".`);
      delete resolved[key];
      continue;
    }
    const kept: unknown[] = [];
    value.forEach((entry, i) => {
      const parsed = ChartMetaSchemas[key].safeParse(entry);
      if (parsed.success) {
        const e = parsed.data as Record<string, unknown>;
        for (const label of ['label_content', 'label']) {
          if (typeof e[label] === 'string') e[label] = resolveText(e[label] as string, translations, groups).text;
        }
        kept.push(e);
        return;
      }
      const at = raw.where[`${key}.${i}`] ?? place;
      const { message } = explainIssue(parsed.error.issues[0]!, (entry ?? {}) as Record<string, unknown>);
      problems.warning(at.file, at.line, `${key} entry ${i + 1}: ${message.replace(/\.$/, '')}; this entry is left out of the chart.`,
        'See the Open SDG metadata format for this field, or remove the entry.');
    });
    resolved[key] = kept;
  }
}

/**
 * `source_type_N`: written as one of SOURCE_TYPES (or a known alias), kept in its canonical form; anything else is a
 * warning at its line and the source is shown without a type (Open SDG ignores the field).
 */
function checkSourceTypes(resolved: Record<string, unknown>, raw: RawMeta, problems: ProblemList): void {
  for (const [key, value] of Object.entries(resolved)) {
    if (!/^source_type_\d+$/.test(key)) continue;
    const type = sourceTypeOf(value);
    if (type) {
      resolved[key] = type;
      continue;
    }
    delete resolved[key];
    const { file, line } = raw.where[key] ?? { file: raw.file, line: 1 };
    const received = typeof value === 'string' ? `"${value}"` : JSON.stringify(value);
    const guess = typeof value === 'string' ? nearest(value.replace(/[\s_]+/g, '-'), SOURCE_TYPES) : undefined;
    problems.warning(file, line, `${key}: expected one of ${SOURCE_TYPES.join(', ')}; received ${received}; the source is shown without a type.`,
      guess ? `Did you mean "${guess}"?` : 'Use one of those; "other" for a source outside official statistics that fits none of them.');
  }
}

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
  checkChartFields(resolved, raw, translations, groups, problems);
  checkSourceTypes(resolved, raw, problems);
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
