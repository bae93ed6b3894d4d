/**
 * What every input module returns, whatever the format it reads (CSV, YAML/Markdown, Excel, SDMX-ML):
 * data as tables of named columns, metadata as field maps, and translations per language. The
 * repository reader runs the inputs a repository's configuration names and merges what they return;
 * the model never knows which format a number came from.
 */
import type { ReadEffects } from '../effects.ts';
import type { ParsedCsv } from '../parse-csv.ts';
import type { ProblemList } from '../problems.ts';
import type { Dsd } from './sdmx-dsd.ts';

/** What an input may use: the repository's files (paths relative to `root`) and the problem list. */
export interface InputContext {
  /** The repository root; every `file` in results and problems is relative to it. */
  root: string;
  fx: ReadEffects;
  problems: ProblemList;
}

/** One indicator's data from one file, as columns and rows (each row knows its line in `file`). */
export interface DataTable {
  /** Indicator id with dashes: `1-2-1`, or a national id such as `2-1-2-1` or `1-3-1-a`. */
  id: string;
  /** The file the rows came from, relative to the repository root. */
  file: string;
  table: ParsedCsv;
  /**
   * Columns that describe observations rather than break them down (an SDMX message's attributes, such as
   * TIME_DETAIL or NATURE): kept out of the breakdowns a reader chooses from.
   */
  notBreakdowns?: string[];
}

/** Where a metadata field was set, so a problem with it points at that line. */
export interface FieldPlace {
  file: string;
  line: number;
}

/** One indicator's metadata from one file. */
export interface MetaRecord {
  id: string;
  file: string;
  /** The fields as read (values not yet checked). */
  data: Record<string, unknown>;
  /** The line each top-level field is on (for Excel: the row). */
  where: Record<string, FieldPlace>;
  /** Markdown body, where the format has one. */
  body: string;
  /** The language the record is written in, when the input knows it (e.g. a workbook's sheet per language). */
  lang?: string;
  /** True when the file could not be read (already reported): its fields are unknown, not missing. */
  unreadable?: boolean;
}

/** Translations per language: `lang → (group.key → text)`, e.g. `ru → SEX.F → женщины`. */
export type LangTranslations = Map<string, Map<string, string>>;

export interface InputResult {
  data: DataTable[];
  meta: MetaRecord[];
  /** Labels the input brings (an SDMX DSD's codelists and concept names, in every language it has). */
  translations?: LangTranslations;
  /** The DSD an SDMX input read its messages with, and how it renamed codes: the SDMX downloads are checked against it. */
  dsd?: DeclaredDsd;
}

export interface DeclaredDsd {
  dsd: Dsd;
  /** The input's `dimension_map` (`DIM` → column, `DIM|CODE` → cell; '' left out). */
  dimensionMap: Map<string, string>;
}

/**
 * One input class of an Open SDG data configuration (`inputs:` in config_data.yml), e.g.
 * `{ class: InputCsvData, path_pattern: data/*.csv }`. `options` is that entry without `class`;
 * `where` locates the entry in the configuration file, for problems about its options.
 */
export type InputReader = (options: Record<string, unknown>, ctx: InputContext, where: FieldPlace) => Promise<InputResult>;
