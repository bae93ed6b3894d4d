/** The "What changed" Atom feed: one entry per release, listing each indicator changed and what changed, in words. */
import { Feed } from 'feed';
import { formatDate } from '../../i18n/format.ts';
import { currentLanguage, t } from '../../i18n/index.ts';
import { bcp47 } from '../../pipeline/languages.ts';
import type { RepoHistory } from '../../schemas/history.ts';
import type { Indicator } from '../../schemas/model.ts';
import { describeChange, fieldLabels } from './describe.ts';
import { changesFeedHref, changesHref, dayDate } from './paths.ts';
import { localize } from '../../site/routes.ts';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function changesFeed(history: RepoHistory, indicators: readonly Indicator[], site: { url: string; title: string }): string {
  const base = site.url.replace(/\/+$/, '');
  const byId = new Map(indicators.map((i) => [i.id, i]));
  const page = `${base}${changesHref()}`;
  const newest = history.releases[0];
  const feed = new Feed({
    id: `${base}${changesFeedHref()}`, title: t('trust.changes.feedTitle', { site: site.title }), link: page,
    updated: newest ? dayDate(newest.date) : new Date(0), language: bcp47(currentLanguage()), generator: false,
    feedLinks: { atom: `${base}${changesFeedHref()}` },
  });
  for (const r of history.releases) {
    const date = formatDate(dayDate(r.date));
    // Feed readers show the summary as HTML: every text from the data is escaped.
    const items = r.changes.map((c) => {
      const ind = byId.get(c.id);
      const name = ind ? `${ind.number} ${ind.nationalTitle ?? ind.globalTitle}` : c.id;
      const href = `${base}${localize(`/indicators/${c.id}/`)}#revisions`;
      return `<li><a href="${escapeHtml(href)}">${escapeHtml(name)}</a>: ${escapeHtml(describeChange(c.summary, fieldLabels(ind), false))}</li>`;
    });
    feed.addItem({
      id: `${page}#release-${r.date}`, link: `${page}#release-${r.date}`,
      title: `${t('trust.changes.feedEntry', { date, count: r.changes.length })}${r.tag ? ` (${r.tag})` : ''}`,
      description: `<ul>${items.join('')}</ul>`, date: dayDate(r.date),
    });
  }
  return feed.atom1();
}
