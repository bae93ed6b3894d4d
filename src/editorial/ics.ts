import { createEvents, type EventAttributes } from 'ics';
import { t } from '../i18n/index.ts';
import type { SourceRelease } from './releases.ts';

/** An iCalendar file with one all-day event per dated release. */
export function releasesToIcs(releases: readonly SourceRelease[], siteUrl: string, calName: string): string {
  const base = siteUrl.replace(/\/+$/, '');
  const events: EventAttributes[] = releases.map((r) => {
    const d = r.next!.date!;
    const end = new Date(d.getTime() + 86_400_000);
    return {
      uid: `${r.indicatorId}-${r.source.replace(/\W+/g, '-').toLowerCase()}-${d.toISOString().slice(0, 10)}@sdg-portal`,
      start: [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()],
      end: [end.getUTCFullYear(), end.getUTCMonth() + 1, end.getUTCDate()],
      title: t('editorial.releases.event', { number: r.number }),
      description: t('editorial.releases.eventDescription', { source: r.source, number: r.number, title: r.title }),
      url: `${base}/indicators/${r.indicatorId}/`,
      transp: 'TRANSPARENT',
      productId: 'sdg-portal/releases',
    };
  });
  const { error, value } = createEvents(events, { calName, productId: 'sdg-portal/releases' });
  if (error || value === null) throw error ?? new Error('ics: no calendar produced');
  return value;
}
