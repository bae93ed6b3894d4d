import type { MetaField, Source } from '../schemas/model.ts';
import { markdownToSafeHtml, toPlainText } from './sanitize.ts';
import { sourceTypeOf } from '../schemas/metadata.ts';

/** Fields that drive the page itself (titles, chart settings, bookkeeping) rather than describe the indicator. */
const NOT_SHOWN = new Set([
  'indicator_number', 'indicator', 'indicator_name', 'target_name', 'target', 'target_id', 'sdg_goal',
  'reporting_status', 'graph_type', 'graph_title', 'graph_titles', 'graph_limits', 'graph_annotations',
  'graph_series_breaks', 'data_show_map', 'data_start_values', 'data_footnote', 'data_non_statistical',
  'national_indicator_title', 'national_indicator_description', 'computation_units',
  'indicator_sort_order', 'csv_size', 'layout', 'permalink', 'published', 'placeholder', 'title',
  'goal_meta_link', 'goal_meta_link_text', 'proxy', 'proxy_series', 'data_keywords',
]);

/** `computation_units` → `Computation units`, for repositories without `_prose.yml`. */
export function humanizeKey(key: string): string {
  const words = key.replace(/_/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function toField(key: string, value: unknown, label: string): MetaField | undefined {
  const text = Array.isArray(value)
    ? value.filter((v) => typeof v === 'string' || typeof v === 'number').join(', ')
    : typeof value === 'string' || typeof value === 'number' ? String(value) : '';
  if (text.trim() === '') return undefined;
  const html = markdownToSafeHtml(text);
  return { key, label, html, text: toPlainText(html) };
}

/** The descriptive metadata, labelled, in file order. */
/** Field labels: `get(key)` gives a field's label in the page's language, if there is one. */
export interface FieldLabels { get(key: string): string | undefined }

export function metaFields(meta: Record<string, unknown>, labels: FieldLabels): MetaField[] {
  return Object.entries(meta)
    .filter(([key, value]) => !NOT_SHOWN.has(key) && !/^source_/.test(key) && typeof value !== 'boolean')
    .map(([key, value]) => toField(key, value, labels.get(key) ?? humanizeKey(key)))
    .filter((f): f is MetaField => f !== undefined);
}

/** Groups `source_<field>_<n>` into sources; a source with `source_active_<n>: false` is left out. */
export function metaSources(meta: Record<string, unknown>, labels: FieldLabels): Source[] {
  const byN = new Map<number, Map<string, unknown>>();
  for (const [key, value] of Object.entries(meta)) {
    const m = /^source_(.+)_(\d+)$/.exec(key);
    if (!m) continue;
    const n = Number(m[2]);
    if (!byN.has(n)) byN.set(n, new Map());
    byN.get(n)!.set(m[1]!, value);
  }
  const sources: Source[] = [];
  for (const [n, values] of [...byN].sort((a, b) => a[0] - b[0])) {
    if (values.get('active') === false || values.get('active') === 'false') continue;
    const str = (k: string) => (typeof values.get(k) === 'string' || typeof values.get(k) === 'number' ? String(values.get(k)) : undefined);
    const fields = [...values]
      .filter(([k]) => k !== 'active' && k !== 'url' && k !== 'url_text' && k !== 'type' && k !== 'series')
      // Repositories label only source 1 in _prose.yml; the same label serves every n.
      .map(([k, v]) => toField(`source_${k}_${n}`, v, labels.get(`source_${k}_1`) ?? humanizeKey(k)))
      .filter((f): f is MetaField => f !== undefined);
    const url = str('url');
    const organisation = str('organisation');
    const type = sourceTypeOf(values.get('type'));
    const given = values.get('series');
    const series = (Array.isArray(given) ? given : given === undefined || given === null ? [] : [given])
      .filter((v) => typeof v === 'string' || typeof v === 'number').map((v) => toPlainText(String(v)).trim()).filter(Boolean);
    if (fields.length === 0 && !url && !type) continue;
    sources.push({
      n,
      ...(organisation ? { organisation: toPlainText(organisation) } : {}),
      ...(url && /^https?:\/\//i.test(url.trim()) ? { url: url.trim() } : {}),
      ...(str('url_text') ? { urlText: toPlainText(str('url_text')!) } : {}),
      ...(type ? { type } : {}),
      ...(series.length > 0 ? { series } : {}),
      fields,
    });
  }
  return sources;
}
