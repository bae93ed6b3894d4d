/**
 * `/downloads/progress.csv`: every progress status the site shows, one row per line measured (one row for a
 * status set by hand), with every input and figure of the method, so an analyst can redo the calculation.
 * Machine-readable: codes as published, numbers plain (full precision), the status as Open SDG names it; one
 * column carries the status in the page's language.
 */
import type { Indicator, StatusInfo } from '../../schemas/model.ts';
import { writeCsv, type CsvCell } from '../../pipeline/write-csv.ts';
import { progressLabel } from '../../components/progress/progress-text.ts';

export const PROGRESS_COLUMNS = [
  'Indicator', 'Indicator status', 'Source', 'Line', 'Series', 'Units', 'Disaggregation', 'Status', 'Status label', 'Reason',
  'Method', 'Direction', 'Values used', 'Configured base year', 'Base year', 'Base value', 'Latest year', 'Latest value',
  'Target', 'Target used', 'Target year', 'Observed growth', 'Required growth', 'Progress value',
  'Threshold high', 'Threshold med', 'Threshold low', 'Limit', 'Limit coefficient',
] as const;

const num = (v: number | undefined): CsvCell => (v === undefined || !Number.isFinite(v) ? (v === undefined ? '' : String(v)) : v);

export function progressRows(indicators: readonly Indicator[], statuses: readonly StatusInfo[]): CsvCell[][] {
  return indicators.flatMap((ind) => {
    const p = ind.progress;
    if (!p) return [];
    if (p.source === 'manual') {
      return [[ind.number, p.status, 'manual', '', '', '', '', p.status, progressLabel(p.status, statuses), ...Array(PROGRESS_COLUMNS.length - 9).fill('')]];
    }
    return p.lines.map((line, i) => {
      const m = line.measure;
      return [
        ind.number, p.status, 'calculated', i + 1, line.codes.series ?? '', line.codes.unit ?? '',
        Object.entries(line.codes.dims).map(([k, v]) => `${k}=${v}`).join('; '),
        m.status, progressLabel(m.status, statuses), m.reason ?? '',
        m.method === 'ratio' ? 'observed over required growth' : 'observed growth', m.direction, line.fromProgressColumn ? 'Progress' : 'Value',
        m.configuredBaseYear, num(m.baseYear), num(m.baseValue), num(m.currentYear), num(m.currentValue),
        num(m.target), num(m.targetUsed), m.targetYear, num(m.observedGrowth), num(m.requiredGrowth), num(m.progressValue),
        num(m.thresholds.high), num(m.thresholds.med), num(m.thresholds.low), num(m.limit), num(m.coefficient),
      ];
    });
  });
}

export const progressCsv = (indicators: readonly Indicator[], statuses: readonly StatusInfo[]) => writeCsv(PROGRESS_COLUMNS, progressRows(indicators, statuses));
