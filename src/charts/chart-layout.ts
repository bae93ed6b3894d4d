/**
 * How a chart is laid out for its width and the page's language. A chart is drawn twice at build time, for a
 * phone (about 360 px) and for a desktop column, so its text is drawn at the size it is read at (never a
 * 720-px drawing shrunk to 8-px labels); the browser's explorer draws at the width it has. Numbers on the value
 * axis are written as the page's language writes them; for a right-to-left language the value axis is on the
 * right, where a reader starts, while time still runs left to right, as in print.
 */
import { currentLanguage } from '../i18n/index.ts';
import { formatNumber } from '../i18n/format.ts';
import { directionOf } from '../pipeline/languages.ts';
import { yearTicks } from './chart-input.ts';

/** Widths the build draws at: phones, and the page's content column on a desktop. */
export const NARROW = 360;
export const WIDE = 960;
/** Below this width a chart is laid out for a phone: fewer ticks, tighter margins. */
const COMPACT_BELOW = 520;

export interface Layout {
  compact: boolean;
  fontSize: string;
  /** How many year labels fit along the time axis. */
  yearTicks: number;
  /** How many value labels along the value axis. */
  valueTicks: number;
  margins: { marginLeft: number; marginRight: number; marginBottom: number };
  /** Options of the value (y) axis: side, number format; the top tick sits a line below the unit label above it,
   * so the two never touch. */
  valueAxis: { axis: 'left' | 'right'; tickFormat: (d: number) => string; ticks: number; insetTop: number };
  /** The time (x) axis label sits under the tick labels, so it never overlaps the last one. */
  timeAxisLabel: { labelAnchor: 'right'; labelOffset: number };
}

export function chartLayout(width: number, lang = currentLanguage()): Layout {
  const compact = width < COMPACT_BELOW;
  const rtl = directionOf(lang) === 'rtl';
  const side = compact ? 46 : 60;
  const valueTicks = compact ? 5 : 8;
  return {
    compact,
    fontSize: compact ? '12px' : '13px',
    yearTicks: compact ? 4 : Math.max(4, Math.floor(width / 80)),
    valueTicks,
    // The far end keeps room for half a year label ("2023 02"), so the last one is never cut.
    margins: rtl ? { marginLeft: 28, marginRight: side, marginBottom: 48 } : { marginLeft: side, marginRight: 28, marginBottom: 48 },
    valueAxis: { axis: rtl ? 'right' : 'left', tickFormat: (d: number) => formatNumber(d, { maximumFractionDigits: 3 }, lang), ticks: valueTicks, insetTop: 12 },
    timeAxisLabel: { labelAnchor: 'right', labelOffset: 38 },
  };
}

/** About how wide a label is drawn, in px: an average character of a sans-serif face is under 0.62 em. */
export const labelWidth = (text: string, fontPx: number): number => Math.ceil(text.length * fontPx * 0.62);

/**
 * Period labels along the time axis that never touch ("2016/17" and "2021/22 [Note 5]" are wide), and margins
 * with room for half of the first and last label, so neither is cut at the edge of the drawing.
 */
export function fitTimeAxis(layout: Layout, years: readonly string[], width: number): { ticks: string[]; margins: Layout['margins'] } {
  const font = parseFloat(layout.fontSize);
  let widest = 0;
  for (const y of years) widest = Math.max(widest, labelWidth(y, font));
  const half = Math.ceil(widest / 2) + 4;
  const margins = { ...layout.margins, marginLeft: Math.max(layout.margins.marginLeft, half), marginRight: Math.max(layout.margins.marginRight, half) };
  const room = width - margins.marginLeft - margins.marginRight;
  const fit = Math.max(2, Math.floor(room / (widest + 12)) + 1);
  return { ticks: yearTicks(years, Math.min(layout.yearTicks, fit)), margins };
}
