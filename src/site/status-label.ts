/** A reporting status in words: Open SDG's four through the interface strings, a site's own through its label. */
import { t } from '../i18n/index.ts';
import { REPORTING_STATUSES } from '../schemas/metadata.ts';
import type { StatusInfo } from '../schemas/model.ts';

const OWN = new Set<string>(REPORTING_STATUSES);

export function statusLabel(status: string, statuses: readonly StatusInfo[] = []): string {
  const info = statuses.find((s) => s.value === status);
  if (info?.label) return info.label;
  return OWN.has(status) ? t(`status.${status as (typeof REPORTING_STATUSES)[number]}`) : status;
}

/** A CSS-safe class for a status (a site's own statuses may hold any text). */
export function statusClass(status: string): string {
  return OWN.has(status) ? `status-${status}` : 'status-other';
}
