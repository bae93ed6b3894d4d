import { z } from 'zod';

/**
 * The parts of an Open SDG data configuration (`config_data.yml`, or the file `scripts/build_data.py`
 * passes as `config=`) that the portal reads, as sdg-build reads them. Every other key (site_dir,
 * docs_*, logging, ...) is accepted and ignored: it configures sdg-build's own output.
 */

const path = z.string().trim();

/** One entry of `inputs`: an sdg-build input class and its options (`path_pattern`, `dsd`, ...). */
export const InputEntrySchema = z.object({
  /** The sdg-build class name, e.g. `InputCsvData`, `InputYamlMeta`, `InputSdmxMl_Multiple`, `InputExcelMeta`. */
  class: z.string(),
}).passthrough();

/** One entry of `translations`: where labels come from (`TranslationInputYaml`, `TranslationInputSdmx`, ...). */
export const TranslationEntrySchema = z.object({
  class: z.string(),
  /** A folder in the repository, a DSD file, or a URL (never fetched: the portal looks for a file of the same name). */
  source: path.optional(),
  tag: z.union([z.string(), z.number()]).optional(),
}).passthrough();

/** One entry of `map_layers`: a boundary file and the properties that hold each area's code and name. */
export const MapLayerSchema = z.object({
  /** GeoJSON file, relative to the repository root. */
  geojson_file: path,
  /** Property holding the area code that the data's GeoCode (or REF_AREA) column uses. */
  id_property: z.string().default('id'),
  /** Property holding the area's name. */
  name_property: z.string().default('name'),
  output_subfolder: z.string().optional(),
  filename_prefix: z.string().optional(),
}).passthrough();

/** Per-indicator options: which columns are not breakdowns, and which hold the series and the unit. */
export const IndicatorOptionsSchema = z.object({
  /** Columns that are never shown as breakdowns (sdg-build's default includes Units, Series, GeoCode, SERIES, UNIT_MEASURE). */
  non_disaggregation_columns: z.array(z.string()).optional(),
  /** The column that names the series measured (default `Series`). */
  series_column: z.string().optional(),
  /** The column that names the unit (default `Units`). */
  unit_column: z.string().optional(),
  /** The column whose values the progress calculation uses instead of Value (default `Progress`). */
  progress_column: z.string().optional(),
}).passthrough();

export const DataConfigSchema = z.object({
  /** Folder holding data/ and meta/, relative to the repository root (`''` is the root). */
  src_dir: z.string().default(''),
  /** The languages the site is published in; the first is the default. */
  languages: z.array(z.string().trim().min(1)).optional(),
  /** Where labels come from, in order (later entries win). */
  translations: z.array(TranslationEntrySchema).optional(),
  /** The inputs, in order (for metadata, later inputs win field by field). */
  inputs: z.array(InputEntrySchema).optional(),
  /** The metadata schema (prose.io format): field labels and scopes. */
  schema_file: z.string().default('_prose.yml'),
  /** Boundary files for maps. */
  map_layers: z.array(MapLayerSchema).optional(),
  indicator_options: IndicatorOptionsSchema.optional(),
  /** Extra metadata fields sdg-build reports status by; accepted, not yet shown. */
  reporting_status_extra_fields: z.array(z.string()).nullish(),
}).passthrough();
export type DataConfigFile = z.infer<typeof DataConfigSchema>;
export type InputEntry = z.infer<typeof InputEntrySchema>;
export type MapLayer = z.infer<typeof MapLayerSchema>;
