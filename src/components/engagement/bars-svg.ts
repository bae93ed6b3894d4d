/**
 * A small bar chart of counts over time (per day on the staff dashboard, per month on "How the portal is used"),
 * as accessible SVG text: `role="img"` named by its title and described by a sentence generated from the data; the
 * pages put a table of the same values beside it. Time runs left to right in every language, as in the site's other
 * charts. Pure and browser-safe; every text is XML-escaped.
 */
import { t } from '../../i18n/index.ts';
import { formatNumber } from '../../i18n/format.ts';

export interface Bar {
  /** The period as a reader reads it (a formatted day or month). */
  label: string;
  value: number;
}

export interface BarsOptions {
  /** Unique on the page: the title and description get ids from it. */
  id: string;
  title: string;
  description: string;
  width?: number;
  height?: number;
}

const escapeXml = (s: string) => s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** "Page views per day from 1 March 2025 to 30 March 2025: 1,234 in all; highest 98 (12 March 2025), lowest …". */
export function describeBars(what: string, bars: readonly Bar[]): string {
  const from = bars[0]?.label ?? '';
  const to = bars[bars.length - 1]?.label ?? '';
  const total = bars.reduce((sum, b) => sum + b.value, 0);
  if (total === 0) return t('engagement.chart.descEmpty', { what, from, to });
  if (bars.length === 1) return t('engagement.chart.descOne', { what, at: from, total });
  let max = bars[0]!;
  let min = bars[0]!;
  for (const b of bars) {
    if (b.value > max.value) max = b;
    if (b.value < min.value) min = b;
  }
  return t('engagement.chart.desc', { what, from, to, total, max: max.value, maxAt: max.label, min: min.value, minAt: min.label });
}

export function barsSvg(bars: readonly Bar[], { id, title, description, width = 320, height = 120 }: BarsOptions): string {
  const top = 18;
  const bottom = 20;
  const side = 4;
  const plot = height - top - bottom;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const step = (width - 2 * side) / Math.max(1, bars.length);
  const gap = step > 6 ? Math.min(4, step * 0.2) : 0;
  const rects = bars.map((b, i) => {
    const h = b.value === 0 ? 0 : Math.max(1, (b.value / max) * plot);
    const x = side + i * step + gap / 2;
    return `<rect x="${x.toFixed(1)}" y="${(top + plot - h).toFixed(1)}" width="${Math.max(0.5, step - gap).toFixed(1)}" height="${h.toFixed(1)}"><title>${escapeXml(`${b.label}: ${formatNumber(b.value)}`)}</title></rect>`;
  });
  const text = (x: number, y: number, anchor: string, s: string) =>
    `<text x="${x.toFixed(1)}" y="${y}" text-anchor="${anchor}">${escapeXml(s)}</text>`;
  const labels = bars.length
    ? [text(side, height - 5, 'start', bars[0]!.label), ...(bars.length > 1 ? [text(width - side, height - 5, 'end', bars[bars.length - 1]!.label)] : [])]
    : [];
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${id}-title" aria-describedby="${id}-desc" direction="ltr" font-size="12" font-family="inherit" class="bars">`,
    `<title id="${id}-title">${escapeXml(title)}</title>`,
    `<desc id="${id}-desc">${escapeXml(description)}</desc>`,
    text(side, 12, 'start', formatNumber(max)),
    `<line x1="${side}" x2="${width - side}" y1="${top}" y2="${top}" stroke="#c8cbd0" stroke-dasharray="2 3"/>`,
    `<g fill="#0b5cad">${rects.join('')}</g>`,
    `<line x1="${side}" x2="${width - side}" y1="${top + plot}" y2="${top + plot}" stroke="#505050"/>`,
    `<g fill="#1b1b1b">${labels.join('')}</g>`,
    '</svg>',
  ].join('');
}
