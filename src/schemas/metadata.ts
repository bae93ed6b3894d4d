import { z } from 'zod';

/**
 * Open SDG's reporting statuses. A site may define others (its `site_config.yml`); those are shown with their
 * own label, and any other value with its raw text and a warning.
 */
export const REPORTING_STATUSES = ['complete', 'inprogress', 'notstarted', 'notapplicable'] as const;
export type ReportingStatus = string;

/** Chart kinds an indicator may ask for. */
export const GRAPH_TYPES = ['line', 'bar', 'binary'] as const;
export type GraphType = (typeof GRAPH_TYPES)[number];

/**
 * Where a source's figures come from (`source_type_N`, one per source). Citizen-generated data and other
 * non-official sources are labelled on every view of the indicator; the others describe official production.
 * Written as here, or in words with spaces or underscores ("official statistics", "citizen_generated").
 */
export const SOURCE_TYPES = ['official-statistics', 'administrative-data', 'survey', 'citizen-generated', 'modelled-or-estimated', 'other'] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];
/** Source types whose figures are not official statistics: labelled, filterable, explained. */
export const NON_OFFICIAL_SOURCE_TYPES: readonly SourceType[] = ['citizen-generated', 'other'];
/** Other ways repositories write a type, read as the type. */
export const SOURCE_TYPE_ALIASES: Record<string, SourceType> = {
  official: 'official-statistics', 'national-statistics': 'official-statistics', administrative: 'administrative-data', admin: 'administrative-data',
  'sample-survey': 'survey', 'household-survey': 'survey', 'citizen-generated-data': 'citizen-generated', cgd: 'citizen-generated',
  modelled: 'modelled-or-estimated', modeled: 'modelled-or-estimated', estimated: 'modelled-or-estimated', 'modeled-or-estimated': 'modelled-or-estimated',
  'non-official': 'other',
};
/** A `source_type_N` as written → the type, or undefined when it is none of them. */
export function sourceTypeOf(value: unknown): SourceType | undefined {
  if (typeof value !== 'string') return undefined;
  const key = value.trim().toLowerCase().replace(/[\s_]+/g, '-');
  return (SOURCE_TYPES as readonly string[]).includes(key) ? (key as SourceType) : SOURCE_TYPE_ALIASES[key];
}

const text = z.union([z.string(), z.number()]).transform(String);
const flag = z.union([z.boolean(), z.enum(['true', 'false', 'yes', 'no'])])
  .transform((v) => v === true || v === 'true' || v === 'yes');

/**
 * The metadata fields the portal reads from `meta/<id>.md` (front matter) or `meta/<id>.yml`,
 * with `indicator-config/<id>.yml` merged over it. Other fields are kept and shown with their labels.
 */
export const IndicatorMetaSchema = z.object({
  /** The indicator number as shown, e.g. `1.2.1`. Defaults to the file name. */
  indicator_number: text.optional(),
  /** Older repositories write `indicator` for the number. */
  indicator: text.optional(),
  /** The global (UN) title, or a translation key such as `global_indicators.1-2-1-title`. */
  indicator_name: z.string().optional(),
  /** The target's title, or a translation key such as `global_targets.1-2-title`. */
  target_name: z.string().optional(),
  /** How far the NSO has got in reporting this indicator: complete, inprogress, notstarted, notapplicable, or a status the site defines. */
  reporting_status: text.optional(),
  /** The headline chart's kind; `line` when empty. */
  graph_type: z.enum(GRAPH_TYPES).optional(),
  /** The headline chart's title. */
  graph_title: z.string().optional(),
  /** Chart titles per series or unit: a list of `{ series, title }` or `{ unit, title }`. Malformed entries are ignored with a warning. */
  graph_titles: z.array(z.unknown()).optional(),
  /** The national title, where it differs from the global one. */
  national_indicator_title: z.string().optional(),
  /** What the national data cover, often used as the national title. */
  indicator_available: z.string().optional(),
  /** A plain description of what the indicator measures, nationally. */
  national_indicator_description: z.string().optional(),
  /** The unit, in words (e.g. `Percentage (%)`). */
  computation_units: z.string().optional(),
  /** A footnote shown under the chart and table. */
  data_footnote: z.string().optional(),
  /** Whether a map is offered (with GeoCodes matching a boundary file). */
  data_show_map: flag.optional(),
  /** True for indicators whose answer is not a statistic (e.g. a policy exists). */
  data_non_statistical: flag.optional(),
  /** Text shown on the goal page in place of a link: the indicator gets no page of its own and no status count. */
  placeholder: z.string().optional(),
  /** `false` leaves the indicator out of the site entirely. */
  published: flag.optional(),
  /** `true` gives the indicator a page outside the goals (at its `permalink`), off the status counts. */
  standalone: flag.optional(),
  /** The page's old address on an Open SDG site (e.g. `/my-indicator/`); it redirects to the new page. */
  permalink: z.string().optional(),
  /** Sort key within its target (Open SDG: e.g. `02-01-02-01`); the id otherwise. */
  indicator_sort_order: text.optional(),
  /**
   * Open SDG's proxy flag: `proxy` when the national data stand in for the UN indicator, `both` when only the
   * series in `proxy_series` do. Shown as a "Proxy indicator" label on the indicator, goal and search pages.
   */
  proxy: text.optional(),
  /** With `proxy: both`, the series that are proxies. */
  proxy_series: z.union([text, z.array(text)]).optional(),
  // Each source N may also have `source_type_N` (one of SOURCE_TYPES; an unknown value is a warning) and
  // `source_series_N` (the series it provides: where given, charts mark those of a non-official source).
}).passthrough();
export type IndicatorMeta = z.infer<typeof IndicatorMetaSchema>;
