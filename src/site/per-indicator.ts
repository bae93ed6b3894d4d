/**
 * Values worked out from an indicator's model once per build and language, however many pages, posters and
 * files ask for them (the headline chart is wanted by the indicator, media and embed pages, the share card, the
 * key figures and both posters). Kept per indicator object, so a new reading of the data (the editors' preview)
 * works them out again, and dropped with the model.
 */
import { currentLanguage } from '../i18n/index.ts';
import type { Indicator } from '../schemas/model.ts';

export function perIndicator<T>(compute: (ind: Indicator) => T): (ind: Indicator) => T {
  const made = new WeakMap<Indicator, Map<string, T>>();
  return (ind) => {
    let mine = made.get(ind);
    if (!mine) made.set(ind, (mine = new Map()));
    const lang = currentLanguage();
    if (!mine.has(lang)) mine.set(lang, compute(ind));
    return mine.get(lang)!;
  };
}
