/**
 * A reporting status in words: Open SDG's four through the interface strings, a site's own through its label,
 * and "Reported online — no data yet" (`readerStatus` in site-data.ts) from the label of `complete`.
 */
import { t } from '../i18n/index.ts';
import { REPORTING_STATUSES } from '../schemas/metadata.ts';
import type { StatusInfo } from '../schemas/model.ts';
import { NO_DATA_YET } from './site-data.ts';

const OWN = new Set<string>(REPORTING_STATUSES);

export function statusLabel(status: string, statuses: readonly StatusInfo[] = []): string {
  if (status === NO_DATA_YET) return t('status.noDataYet', { status: statusLabel('complete', statuses) });
  const info = statuses.find((s) => s.value === status);
  if (info?.label) return info.label;
  return OWN.has(status) ? t(`status.${status as (typeof REPORTING_STATUSES)[number]}`) : status;
}

/** A CSS-safe class for a status (a site's own statuses may hold any text). */
export function statusClass(status: string): string {
  if (status === NO_DATA_YET) return 'status-nodata';
  return OWN.has(status) ? `status-${status}` : 'status-other';
}

/** The statuses a summary lists, in the site's order, "no data yet" right after `complete`. */
export function readerStatuses(statuses: readonly StatusInfo[]): string[] {
  return statuses.flatMap(({ value }) => (value === 'complete' ? [value, NO_DATA_YET] : [value]));
}
