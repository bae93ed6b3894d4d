/**
 * A chart ready to publish: the title, a subtitle (what, where, when), the source line and the licence
 * drawn into one SVG around the chart, so the image stands alone in an article or a social card.
 */
import { PALETTE } from '../../charts/chart-input.ts';

export interface PosterText {
  title: string;
  subtitle: string;
  source: string;
  licence: string;
}

export interface PosterSize {
  width: number;
  height: number;
}

export const SIZES = { social: { width: 1200, height: 675 }, article: { width: 800, height: 600 } } as const;
/** The chart sits this far in from each side, so axis labels do not touch the edge. */
export const CHART_INSET = 20;
export const FONT = 'Liberation Sans, DejaVu Sans, Arial, sans-serif';

const escapeXml = (s: string) => s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Greedy word wrap by an average glyph width; the last kept line gets an ellipsis if text remains. */
export function wrap(text: string, maxChars: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && (line + ' ' + word).length > maxChars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]!.slice(0, maxChars - 1).trimEnd()}…`;
  return kept;
}

/** The chart's own `<svg>` (Plot wraps it in a figure when there is a legend): the one as wide as asked. */
export function innerSvg(markup: string, width: number): string {
  const all = markup.match(/<svg\b[\s\S]*?<\/svg>/g) ?? [];
  return all.find((s) => new RegExp(`^<svg[^>]*\\bwidth="${width}"`).test(s)) ?? all[all.length - 1] ?? '';
}

export function chartFrame(size: PosterSize, titleLines: number, legend: boolean) {
  const top = 30 + titleLines * 34 + 34;
  const bottom = 64 + (legend ? 30 : 0);
  return { top, chartHeight: Math.max(120, size.height - top - bottom) };
}

/**
 * The poster; `dir` rtl sets the title, subtitle, source and licence from the right edge (Arabic), while the
 * chart itself keeps time running left to right.
 */
export function posterSvg(chart: string, text: PosterText, size: PosterSize, lines: string[], dir: 'ltr' | 'rtl' = 'ltr'): string {
  const { width, height } = size;
  const title = wrap(text.title, Math.floor((width - 60) / 16), 2);
  const frame = chartFrame(size, title.length, lines.length > 1);
  const rtl = dir === 'rtl';
  const t = (x: number, y: number, s: string, attrs: string) => rtl && x === 30
    ? `<text x="${width - 30}" y="${y}" text-anchor="end" direction="rtl" ${attrs}>${escapeXml(s)}</text>`
    : `<text x="${x}" y="${y}" ${attrs}>${escapeXml(s)}</text>`;
  const legendY = height - 82;
  // Up to four series in one row under the chart; more than that and the table on the page is the key.
  const column = Math.floor((width - 60) / 4);
  const legend = lines.length > 1
    ? lines.slice(0, 4).map((l, i) => {
        const x = 30 + i * column;
        return `<circle cx="${x + 6}" cy="${legendY - 5}" r="6" fill="${PALETTE[i]}"/>${t(x + 18, legendY, wrap(l, Math.floor(column / 8) - 3, 1)[0]!, 'font-size="14" fill="#222"')}`;
      }).join('')
    : '';
  const placed = chart.replace(/^<svg\b/, `<svg x="${CHART_INSET}" y="${frame.top}"`);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    ...title.map((line, i) => t(30, 30 + 28 + i * 34, line, 'font-size="28" font-weight="700" fill="#111"')),
    t(30, 30 + title.length * 34 + 22, text.subtitle, 'font-size="18" fill="#333"'),
    placed,
    legend,
    t(30, height - 38, wrap(text.source, Math.floor((width - 60) / 7.5), 1)[0] ?? '', 'font-size="15" fill="#333"'),
    t(30, height - 16, wrap(text.licence, Math.floor((width - 60) / 6.5), 1)[0] ?? '', 'font-size="13" fill="#555"'),
    '</svg>',
  ].join('\n');
}
