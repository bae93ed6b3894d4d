/** Atom feeds: the stories, and the data updates (from each indicator's latest source release date). */
import { Feed } from 'feed';
import { t } from '../i18n/index.ts';
import type { Indicator } from '../schemas/model.ts';
import type { StoryEntry } from './editorial.ts';
import { formatDate } from './dates.ts';
import { releasesOf } from './releases.ts';

interface FeedSite {
  url: string;
  title: string;
}

function newFeed(site: FeedSite, path: string, title: string, updated: Date): Feed {
  const base = site.url.replace(/\/+$/, '');
  return new Feed({ id: `${base}${path}`, title, link: `${base}/`, updated, language: 'en', generator: false, feedLinks: { atom: `${base}${path}` } });
}

export function storiesFeed(stories: readonly StoryEntry[], site: FeedSite): string {
  const base = site.url.replace(/\/+$/, '');
  const updated = stories[0]?.data.date ?? new Date(0);
  const feed = newFeed(site, '/stories/feed.xml', t('editorial.feed.storiesTitle', { site: site.title }), updated);
  for (const s of stories) {
    feed.addItem({
      id: `${base}/stories/${s.slug}/`, link: `${base}/stories/${s.slug}/`, title: s.data.title, description: s.data.summary,
      date: s.data.date, published: s.data.date, author: s.data.authors.map((name) => ({ name })),
    });
  }
  return feed.atom1();
}

/** One entry per indicator with a dated source release, newest first (at most `limit`). */
export function updatesFeed(indicators: readonly Indicator[], site: FeedSite, limit = 100): string {
  const base = site.url.replace(/\/+$/, '');
  const entries = indicators.flatMap((ind) => {
    const dated = releasesOf(ind).filter((r) => r.last?.precision === 'day');
    if (dated.length === 0) return [];
    const latest = dated.reduce((a, b) => (b.last!.date!.getTime() > a.last!.date!.getTime() ? b : a));
    return [{ ind, date: latest.last!.date!, source: latest.source }];
  }).sort((a, b) => b.date.getTime() - a.date.getTime() || a.ind.id.localeCompare(b.ind.id)).slice(0, limit);
  const feed = newFeed(site, '/updates/feed.xml', t('editorial.feed.updatesTitle', { site: site.title }), entries[0]?.date ?? new Date(0));
  for (const e of entries) {
    const title = e.ind.nationalTitle ?? e.ind.globalTitle;
    feed.addItem({
      id: `${base}/indicators/${e.ind.id}/#${e.date.toISOString().slice(0, 10)}`, link: `${base}/indicators/${e.ind.id}/`,
      title: t('editorial.updates.entry', { number: e.ind.number, title }),
      description: t('editorial.updates.summary', { source: e.source, date: formatDate(e.date) }), date: e.date,
    });
  }
  return feed.atom1();
}
