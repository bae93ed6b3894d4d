/**
 * Which columns of a data table are not breakdowns, and which hold the series, the unit, the area code,
 * the observation status, the unit multiplier and a comment. Open SDG's names come first; SDMX-style names
 * (SERIES, UNIT_MEASURE, OBS_STATUS, UNIT_MULT) are understood too, and a repository's
 * `indicator_options` adds its own.
 */
export interface ColumnRoles {
  /** Candidate columns for each role, in order of preference: the first one a table has is used. */
  series: string[];
  unit: string[];
  geoCode: string[];
  status: string[];
  unitMultiplier: string[];
  comment: string[];
  /** Open SDG's `Progress` column: values for the progress calculation, never a breakdown. */
  progress: string[];
  /** Columns that are never breakdowns. */
  notBreakdown: Set<string>;
}

export interface IndicatorColumnOptions {
  nonDisaggregationColumns?: string[];
  seriesColumn?: string;
  unitColumn?: string;
  /** sdg-build's `progress_column` (default `Progress`). */
  progressColumn?: string;
}

export function columnRoles(options: IndicatorColumnOptions = {}): ColumnRoles {
  const roles = {
    series: [...new Set([options.seriesColumn ?? 'Series', 'Series', 'SERIES'])],
    unit: [...new Set([options.unitColumn ?? 'Units', 'Units', 'Unit measure', 'UNIT_MEASURE'])],
    geoCode: ['GeoCode'],
    status: ['Observation status', 'OBS_STATUS'],
    unitMultiplier: ['Unit multiplier', 'UNIT_MULT'],
    comment: ['COMMENT_OBS'],
    progress: [...new Set([options.progressColumn ?? 'Progress', 'Progress'])],
  };
  const notBreakdown = new Set(['Year', 'Value', 'COMMENT_TS', ...Object.values(roles).flat(), ...(options.nonDisaggregationColumns ?? [])]);
  return { ...roles, notBreakdown };
}

/** The column a table uses for a role: the first candidate it has. */
export function pick(columns: readonly string[], candidates: readonly string[]): string | undefined {
  return candidates.find((c) => columns.includes(c));
}
