import type { GraphType, ReportingStatus } from './metadata.ts';
import type { IndicatorData } from './observation.ts';
import type { Problem } from './problem.ts';
import type { InputSummary } from '../pipeline/read-repository.ts';

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
  /** True for the NSO's own indicators (ids beyond goal-target-indicator, such as `2-1-2-1`). */
  national: boolean;
  /** True when some of the page's text is shown in the site's default language, not yet translated. */
  untranslated?: boolean;
  /** The language of the title shown (`nationalTitle ?? globalTitle`) when it is borrowed from the default language: the `lang` to mark it with. */
  titleLang?: string;
  /** A page outside the goals (Open SDG's `standalone: true`): not listed under a target, not in status counts. */
  standalone?: boolean;
  /** The page's address on the NSO's Open SDG site, kept working by a redirect. */
  permalink?: string;
  /** `indicator_sort_order`, where the metadata gives one. */
  sortKey: string | undefined;
  /** The UN title (plain text). */
  globalTitle: string;
  /** The national title where the metadata gives one different from the global title. */
  nationalTitle?: string;
  /** Open SDG's status (complete, inprogress, notstarted, notapplicable) or one the site defines. */
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
  /** Open SDG's `placeholder`: shown on the goal page instead of a link; no page, no status count (safe HTML). */
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
  /** The data as shown: codes replaced by their labels in the site's language. */
  data?: IndicatorData;
  /** The data as published, codes kept, where labels changed anything (for machine-readable downloads). */
  rawData?: IndicatorData;
}

/** A reporting status the site shows; `label` where the site repository names it, `custom` when it is not Open SDG's own. */
export interface StatusInfo {
  value: string;
  label?: string;
  custom?: boolean;
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
  /** The language this model is in, and every language the site is published in (the default first). */
  lang: string;
  languages: string[];
  /** Fallback chains the portal configuration sets (`languages.fallback`), for interface strings. */
  languageFallback: Record<string, string[]>;
  goals: Goal[];
  /** Statuses in use or known, in display order. */
  statuses: StatusInfo[];
  /** What each configured input brought. */
  inputs: InputSummary[];
  /** The site's title from an Open SDG site repository (`SDG_SITE_DIR`), if one was read. */
  siteTitle?: string;
  /** Boundary files the configuration names (`map_layers`); empty: every geojsons/*.geojson is tried. */
  mapLayers: { file: string; idProperty: string; nameProperty: string }[];
  /** Ordered by id (1.2.1 < 1.10.1 < 1.a.1 < 2.1.1). */
  indicators: Indicator[];
  problems: Problem[];
}

export type { IndicatorData, GraphType, ReportingStatus };
