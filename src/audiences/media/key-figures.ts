/** The figures a journalist quotes: latest, previous, the change between them, and the earliest — each with year, unit and source. */
import { t } from '../../i18n/index.ts';
import type { HeadlineSeries } from '../../pipeline/headline.ts';
import { headlineChart, headlineSeries } from '../../site/headline-chart.ts';
import { sourceNames } from '../source-names.ts';
import type { Indicator } from '../../schemas/model.ts';
import { formatNumber, withUnit } from '../format.ts';
import { keyPoints } from '../key-points.ts';

export interface KeyFigure {
  label: string;
  value: string;
  year: string;
  /** One line to paste into an article. */
  quote: string;
  /** What the quote says is measured (its opening words). */
  measure: string;
}

/** The sources as one line, each named once. */
export function sourceLine(ind: Indicator): string | undefined {
  return sourceNames(ind).join('; ') || undefined;
}

/**
 * What is measured, so a quote pasted alone still says what the number is: the chart's title, with the
 * headline's series (where the title does not already say it) and the disaggregation shown, if any:
 * "Maternal mortality rate", "Primary completion rate (Primary education)".
 */
export function measureOf(ind: Indicator, headline: HeadlineSeries[]): string {
  const first = headline[0];
  const series = first?.series && first.series !== first.unit ? first.series.trim() : undefined;
  const title = (headlineChart(ind, headline)?.title ?? ind.nationalTitle ?? ind.globalTitle).replace(/[.\s]+$/, '');
  const plain = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  // A series the title contains is the title's core ("Maternal mortality rate" in "… per 100,000 maternities").
  const core = series && (plain(title).includes(plain(series)) || plain(series).includes(plain(title)));
  const name = core ? series! : title;
  const detail = [...(series && !core ? [series] : []), ...Object.values(first?.selection ?? {}).filter(Boolean)];
  return detail.length ? `${name} (${detail.join(', ')})` : name;
}

const isPercent = (unit?: string) => Boolean(unit && /^(percentage|%)/i.test(unit.trim()));

export function keyFigures(ind: Indicator): KeyFigure[] {
  const headline = headlineSeries(ind);
  const k = keyPoints(ind, headline);
  if (!k) return [];
  const source = sourceLine(ind);
  const measure = measureOf(ind, headline);
  const quote = (value: string, year: string) =>
    source ? t('audiences.media.quote', { measure, value, year, source }) : t('audiences.media.quoteNoSource', { measure, value, year });
  const figure = (label: string, value: string, year: string, text = quote(value, year)): KeyFigure => ({ label, value, year, quote: text, measure });
  const out = [figure(t('audiences.media.latest'), k.latest.text, k.latest.year)];
  if (k.previous) {
    out.push(figure(t('audiences.media.previous'), k.previous.text, k.previous.year));
    const diff = k.latest.value - k.previous.value;
    const n = formatNumber(Math.abs(diff), k.decimals);
    // The sign goes first, before any currency symbol: "+£0.40", "−1.2 percentage points".
    const sign = Number(n.replace(/,/g, '')) === 0 ? '' : diff > 0 ? '+' : '−';
    const value = sign + (isPercent(k.unit) ? t('audiences.media.points', { n }) : withUnit(n, k.unit));
    const span = `${k.previous.year}–${k.latest.year}`;
    const vars = { measure, value, from: k.previous.year, to: k.latest.year };
    out.push(figure(t('audiences.media.change'), value, span,
      source ? t('audiences.media.quoteChange', { ...vars, source }) : t('audiences.media.quoteChangeNoSource', vars)));
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
    .filter((r) => r.released || r.next)
    // A source repeated per series gives the same line again: keep one.
    .filter((r, i, all) => all.findIndex((o) => JSON.stringify(o) === JSON.stringify(r)) === i);
}
