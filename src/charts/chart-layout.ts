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
  /** Options of the value (y) axis: side, number format. */
  valueAxis: { axis: 'left' | 'right'; tickFormat: (d: number) => string; ticks: number };
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
    valueAxis: { axis: rtl ? 'right' : 'left', tickFormat: (d: number) => formatNumber(d, { maximumFractionDigits: 3 }, lang), ticks: valueTicks },
    timeAxisLabel: { labelAnchor: 'right', labelOffset: 38 },
  };
}
