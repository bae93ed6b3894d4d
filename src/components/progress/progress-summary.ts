/** Counts of progress statuses, for the home page, /progress/ and the goal pages: one rule for what is counted. */
import type { Indicator, StatusInfo } from '../../schemas/model.ts';
import { PROGRESS_STATUSES } from '../../schemas/progress.ts';

/** The statuses a summary lists, most favourable first, then a site's own (in its order), only those in use. */
export function statusesInUse(indicators: readonly Indicator[], statuses: readonly StatusInfo[]): string[] {
  const used = new Set(indicators.flatMap((i) => (i.progress ? [i.progress.status] : [])));
  const order = [...PROGRESS_STATUSES, ...statuses.map((s) => s.value).filter((v) => !PROGRESS_STATUSES.includes(v as never)), ...used];
  return [...new Set(order)].filter((s) => used.has(s));
}

/** Indicators with a progress status, of those given. */
export const withProgress = (indicators: readonly Indicator[]) => indicators.filter((i) => i.progress !== undefined);

/** How many of the indicators have each status. */
export function countStatuses(indicators: readonly Indicator[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const i of indicators) if (i.progress) counts.set(i.progress.status, (counts.get(i.progress.status) ?? 0) + 1);
  return counts;
}

/** Every status an indicator shows, its own and its lines': what the /progress/ filter matches. */
export const statusesOf = (i: Indicator) => [...new Set([i.progress?.status, ...(i.progress?.lines ?? []).map((l) => l.measure.status)].filter((s): s is string => !!s))];
