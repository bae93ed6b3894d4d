/** The figures a journalist quotes: latest, previous, the change between them, and the earliest — each with year, unit and source. */
import { t } from '../../i18n/index.ts';
import { headlineOf } from '../../pipeline/headline.ts';
import type { Indicator } from '../../schemas/model.ts';
import { formatNumber, withUnit } from '../format.ts';
import { keyPoints } from '../key-points.ts';

export interface KeyFigure {
  label: string;
  value: string;
  year: string;
  /** One line to paste into an article. */
  quote: string;
}

export function sourceNames(ind: Indicator): string | undefined {
  return [...new Set(ind.sources.map((s) => s.organisation).filter(Boolean))].join('; ') || undefined;
}

const isPercent = (unit?: string) => Boolean(unit && /^(percentage|%)/i.test(unit.trim()));

export function keyFigures(ind: Indicator): KeyFigure[] {
  const k = keyPoints(ind, headlineOf(ind));
  if (!k) return [];
  const source = sourceNames(ind);
  const quote = (value: string, year: string) =>
    source ? t('audiences.media.quote', { value, year, source }) : t('audiences.media.quoteNoSource', { value, year });
  const figure = (label: string, value: string, year: string): KeyFigure => ({ label, value, year, quote: quote(value, year) });
  const out = [figure(t('audiences.media.latest'), k.latest.text, k.latest.year)];
  if (k.previous) {
    out.push(figure(t('audiences.media.previous'), k.previous.text, k.previous.year));
    const diff = k.latest.value - k.previous.value;
    const n = formatNumber(Math.abs(diff), k.decimals);
    // The sign goes first, before any currency symbol: "+£0.40", "−1.2 percentage points".
    const sign = Number(n.replace(/,/g, '')) === 0 ? '' : diff > 0 ? '+' : '−';
    const value = sign + (isPercent(k.unit) ? t('audiences.media.points', { n }) : withUnit(n, k.unit));
    const span = `${k.previous.year}–${k.latest.year}`;
    out.push(figure(t('audiences.media.change'), value, span));
  }
  if (k.earliest.year !== k.latest.year && k.earliest.year !== k.previous?.year) out.push(figure(t('audiences.media.earliest'), k.earliest.text, k.earliest.year));
  return out;
}

/** "Last updated" and "next release" as each source states them (`source_release_date_N`, `source_next_release_N`). */
export function releases(ind: Indicator): { source: string; released?: string; next?: string }[] {
  return ind.sources
    .map((s) => {
      const get = (key: string) => s.fields.find((f) => f.key === `${key}_${s.n}`)?.text.trim() || undefined;
      const released = get('source_release_date');
      const next = get('source_next_release');
      return { source: s.organisation ?? t('indicator.source', { n: s.n }), ...(released ? { released } : {}), ...(next ? { next } : {}) };
    })
    .filter((r) => r.released || r.next);
}
