import { z } from 'zod';

/** Columns with a fixed meaning in the Open SDG data format; every other column is a disaggregation. */
export const RESERVED_COLUMNS = [
  'Year', 'Value', 'Units', 'Series', 'GeoCode', 'Observation status',
  'Unit multiplier', 'Unit measure', 'COMMENT_OBS', 'COMMENT_TS',
] as const;

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
  /** Disaggregation values by column; only non-blank ones (blank means "total"). */
  dims: z.record(z.string()),
});
export type Observation = z.infer<typeof ObservationSchema>;

/** The data of one indicator, as read from its CSV. */
export const IndicatorDataSchema = z.object({
  /** Path of the CSV relative to the data repository. */
  file: z.string(),
  /** Column names in file order. */
  columns: z.array(z.string()),
  /** Disaggregation columns (not reserved), in file order. */
  disaggregations: z.array(z.string()),
  /** Distinct series, in order of first appearance (empty when the file has no Series column). */
  series: z.array(z.string()),
  /** Distinct units, in order of first appearance. */
  units: z.array(z.string()),
  /** Distinct years, ordered by their first number. */
  years: z.array(z.string()),
  observations: z.array(ObservationSchema),
});
export type IndicatorData = z.infer<typeof IndicatorDataSchema>;
