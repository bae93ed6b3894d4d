import type { GraphType, ReportingStatus } from './metadata.ts';
import type { IndicatorData } from './observation.ts';
import type { Problem } from './problem.ts';

/**
 * The typed model the site is built from. Every string ending in `Html` is already sanitized;
 * every other string is plain text, to be escaped by the template.
 */

/** One labelled metadata field, ready to show. */
export interface MetaField {
  /** The field's key in the metadata file, e.g. `computation_units`. */
  key: string;
  /** Its label for people, from the repository's `_prose.yml` or derived from the key. */
  label: string;
  /** The value as safe HTML. */
  html: string;
  /** The value as plain text. */
  text: string;
}

/** One data source (the `source_*_N` fields of one N). */
export interface Source {
  n: number;
  organisation?: string;
  url?: string;
  urlText?: string;
  fields: MetaField[];
}

export interface Indicator {
  /** `1-2-1`: files and URLs. */
  id: string;
  /** `1.2.1`: what people read. */
  number: string;
  goal: string;
  /** `1-2`. */
  target: string;
  /** The UN title (plain text). */
  globalTitle: string;
  /** The national title where the metadata gives one different from the global title. */
  nationalTitle?: string;
  status: ReportingStatus;
  graphType: GraphType;
  graphTitle?: string;
  /** Per-series chart titles from `graph_titles`. */
  graphTitles: Record<string, string>;
  /** What it measures, nationally (safe HTML). */
  descriptionHtml?: string;
  /** The unit in words (plain text), from `computation_units`. */
  units?: string;
  footnoteHtml?: string;
  /** Text for targets with no indicator (safe HTML). */
  placeholderHtml?: string;
  /** The Markdown body of `meta/<id>.md` (safe HTML). */
  bodyHtml: string;
  /** National and global metadata fields, labelled. */
  fields: MetaField[];
  sources: Source[];
  /** Whether the metadata asks for a map. */
  showMap: boolean;
  /** `data_start_values`: the default selection where the data have no headline. */
  startValues: { field: string; value: string }[];
  /** The metadata as resolved (translation keys replaced), for the JSON download. */
  meta: Record<string, unknown>;
  /** Source files, relative to the repository root. */
  metaFile?: string;
  data?: IndicatorData;
}

export interface Target {
  /** `1-2`. */
  id: string;
  /** `1.2`. */
  number: string;
  title: string;
  indicatorIds: string[];
}

export interface Goal {
  /** `1` … `17`. */
  number: string;
  title: string;
  short: string;
  /** The official SDG colour, and a text colour that reads on it at AA contrast. */
  colour: string;
  textColour: string;
  targets: Target[];
  indicatorIds: string[];
}

export interface SiteModel {
  goals: Goal[];
  /** Ordered by id (1.2.1 < 1.10.1 < 1.a.1 < 2.1.1). */
  indicators: Indicator[];
  problems: Problem[];
}

export type { IndicatorData, GraphType, ReportingStatus };
