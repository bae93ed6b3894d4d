/** Per indicator and source: when the data were last released and when the next release is due. */
import type { Indicator } from '../schemas/model.ts';
import { isUpcoming, parseReleaseDate, type ReleaseDate } from './release-dates.ts';
import { maxOf } from '../pipeline/extent.ts';

export interface SourceRelease {
  indicatorId: string;
  number: string;
  title: string;
  source: string;
  last?: ReleaseDate;
  next?: ReleaseDate;
}

const fieldText = (ind: Indicator, n: number, key: string) =>
  ind.sources.find((s) => s.n === n)?.fields.find((f) => f.key === `source_${key}_${n}`)?.text;

export function releasesOf(ind: Indicator): SourceRelease[] {
  return ind.sources.flatMap((s) => {
    const last = fieldText(ind, s.n, 'release_date');
    const next = fieldText(ind, s.n, 'next_release');
    if (!last && !next) return [];
    return [{
      indicatorId: ind.id, number: ind.number, title: ind.nationalTitle ?? ind.globalTitle,
      source: s.organisation ?? `Source ${s.n}`,
      ...(last ? { last: parseReleaseDate(last) } : {}),
      ...(next ? { next: parseReleaseDate(next) } : {}),
    }];
  });
}

/** The latest day-precision release date among the indicator's sources. */
export function lastUpdated(releases: readonly SourceRelease[]): Date | undefined {
  const days = releases.map((r) => r.last).filter((d) => d?.precision === 'day').map((d) => d!.date!.getTime());
  return days.length ? new Date(maxOf(days)) : undefined;
}

const byDate = (a: SourceRelease, b: SourceRelease) => a.next!.date!.getTime() - b.next!.date!.getTime() || a.number.localeCompare(b.number, 'en', { numeric: true });

/** What the calendar shows: releases due from today, and recent updates (newest first). */
export function releaseCalendar(all: readonly SourceRelease[], today: Date, recentCount = 30) {
  const upcoming = all.filter((r) => r.next && isUpcoming(r.next, today)).sort(byDate);
  const recent = all.filter((r) => r.last?.precision === 'day' && r.last.date!.getTime() <= today.getTime())
    .sort((a, b) => b.last!.date!.getTime() - a.last!.date!.getTime() || a.number.localeCompare(b.number, 'en', { numeric: true }))
    .slice(0, recentCount);
  return { upcoming, recent };
}

/** Every release with an exact next date, for the .ics file (past ones too, so a subscriber sees the history). */
export function datedReleases(all: readonly SourceRelease[]): SourceRelease[] {
  return all.filter((r) => r.next?.precision === 'day').sort(byDate);
}
