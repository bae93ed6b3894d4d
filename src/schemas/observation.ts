import { z } from 'zod';

/** One observation: a value for a year, a series and unit, and a combination of disaggregation values. */
export const ObservationSchema = z.object({
  /** Line in the source CSV, so problems and tables can point back to it. */
  line: z.number().int().positive(),
  /** The year as written: `2015`, or text such as `2013/16`. */
  year: z.string().min(1),
  /** The value; `null` where the cell is empty (a missing value, not zero). */
  value: z.number().nullable(),
  /** `Series` column: what is measured, when a file holds several measures. */
  series: z.string().optional(),
  /** `Units` column (or `Unit measure` where `Units` is absent). */
  unit: z.string().optional(),
  /** `GeoCode` column: a code for the area, e.g. a local authority district (`E06000001`). */
  geoCode: z.string().optional(),
  /** `Observation status`, e.g. `Estimated value`, `Provisional`. */
  status: z.string().optional(),
  /** `Unit multiplier`, e.g. `Thousands`. */
  unitMultiplier: z.string().optional(),
  /** `COMMENT_OBS`: a note on this observation. */
  comment: z.string().optional(),
  /** The `Progress` column (Open SDG): the value the progress calculation uses instead of `value`; absent where blank. */
  progress: z.number().optional(),
  /** Disaggregation values by column; only non-blank ones (blank means "total"). */
  dims: z.record(z.string()),
  /** The file this row came from, where an indicator's rows come from several files (SDMX messages). */
  file: z.string().optional(),
  /**
   * Non-blank cells of the columns that are neither breakdowns nor one of the fields above (an SDMX message's
   * TIME_DETAIL or NATURE, COMMENT_TS, a second unit column), and the values of columns an SDMX input dropped for
   * holding one value throughout: nothing shown on a page, kept so the SDMX downloads lose no column.
   */
  other: z.record(z.string()).optional(),
});
export type Observation = z.infer<typeof ObservationSchema>;

/**
 * A source row with the same Year, Series, Units, GeoCode and disaggregation values as an earlier one. Charts
 * and tables use the first; the tidy download keeps every row and flags this one.
 */
export const DuplicateRowSchema = ObservationSchema.extend({
  /** Line of the first row with the same values, the one charts and tables use. */
  duplicateOf: z.number().int().positive(),
  /** How many observations come before this row in the source: where it goes back in among them. */
  position: z.number().int().nonnegative(),
});
export type DuplicateRow = z.infer<typeof DuplicateRowSchema>;

/** The data of one indicator, as read from its CSV. */
export const IndicatorDataSchema = z.object({
  /** Path of the CSV relative to the data repository. */
  file: z.string(),
  /** Column names in file order. */
  columns: z.array(z.string()),
  /** Disaggregation columns (not reserved), in file order. */
  disaggregations: z.array(z.string()),
  /** The column holding the series (`Series`, or `SERIES` in SDMX-style files), if any. */
  seriesColumn: z.string().optional(),
  /** The column holding the unit (`Units`, `Unit measure`, `UNIT_MEASURE`), if any. */
  unitColumn: z.string().optional(),
  /** The `Progress` column, where the table has one: its values replace Value in the progress calculation only. */
  progressColumn: z.string().optional(),
  /** Distinct series, in order of first appearance (empty when the file has no Series column). */
  series: z.array(z.string()),
  /** Distinct units, in order of first appearance. */
  units: z.array(z.string()),
  /** Distinct years, ordered by their first number. */
  years: z.array(z.string()),
  observations: z.array(ObservationSchema),
  /** Rows left out of `observations` as duplicates of earlier ones, in source order; absent when there are none. */
  duplicates: z.array(DuplicateRowSchema).optional(),
});
export type IndicatorData = z.infer<typeof IndicatorDataSchema>;
