/** What the three landing pages list: indicators with data, by goal, with what each group needs. */
import type { Goal, Indicator, SiteModel } from '../schemas/model.ts';
import { hasData } from '../site/site-data.ts';
import { citizenSentence } from './citizens/summary.ts';
import { releases } from './media/key-figures.ts';

export interface GoalGroup<T> {
  goal: Goal;
  items: T[];
}

export function byGoal<T>(site: SiteModel, pick: (ind: Indicator) => T | undefined): GoalGroup<T>[] {
  return site.goals
    .map((goal) => ({
      goal,
      items: site.indicators.filter((i) => i.goal === goal.number).map(pick).filter((x): x is T => x !== undefined),
    }))
    .filter((g) => g.items.length > 0);
}

export const titleOf = (ind: Indicator) => ind.nationalTitle ?? ind.globalTitle;

/** Citizens: every indicator with data, in one plain sentence. */
export const citizenItems = (site: SiteModel) =>
  byGoal(site, (ind) => {
    const sentence = hasData(ind) ? citizenSentence(ind) : undefined;
    return sentence && sentence.kind !== 'fallback' ? { ind, title: titleOf(ind), sentence: sentence.text } : undefined;
  });

/** Media: every indicator with data, with its latest year and next release as the sources state it. */
export const mediaItems = (site: SiteModel) =>
  byGoal(site, (ind) => {
    if (!hasData(ind)) return undefined;
    const next = [...new Set(releases(ind).map((r) => r.next).filter(Boolean))].join('; ');
    return { ind, title: titleOf(ind), lastYear: ind.data?.years.at(-1) ?? '', next };
  });
