import { z } from 'zod';

/**
 * The metadata fields that shape an indicator's chart, as Open SDG reads them. Each is a list of entries, each
 * entry optionally scoped to a `series` and/or `unit`. A malformed entry is reported at its file and line and
 * left out; the chart is drawn without it.
 */

const scope = {
  /** The series the entry applies to (all when absent). */
  series: z.union([z.string(), z.number()]).transform(String).optional(),
  /** The unit the entry applies to (all when absent). */
  unit: z.union([z.string(), z.number()]).transform(String).optional(),
};
/** A number, also written as text ("0.5"). */
const number = z.preprocess((v) => (typeof v === 'string' && /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/.test(v) ? Number(v) : v), z.number());

export const ChartMetaSchemas = {
  /** The y axis runs at least from `minimum` to `maximum`. */
  graph_limits: z.object({ ...scope, minimum: number.optional(), maximum: number.optional() }).passthrough(),
  /** A labelled horizontal line, e.g. a target. */
  graph_annotations: z.object({ ...scope, value: number, label_content: z.string().optional(), label: z.string().optional() }).passthrough(),
  /** Open SDG's target lines: a labelled horizontal line at `value`. */
  graph_target_lines: z.object({ ...scope, value: number, label_content: z.string().optional(), label: z.string().optional() }).passthrough(),
  /** The chart kind per series or unit. */
  graph_types: z.object({ ...scope, type: z.enum(['line', 'bar', 'binary']) }).passthrough(),
  /** Decimal places shown for values. */
  precision: z.object({ ...scope, decimals: z.number().int().min(0).max(10) }).passthrough(),
} as const;

export type ChartMetaField = keyof typeof ChartMetaSchemas;
export const CHART_META_FIELDS = Object.keys(ChartMetaSchemas) as ChartMetaField[];
