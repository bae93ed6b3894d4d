/**
 * A chart ready to publish: the title, a subtitle (what, where, when), a key to the lines, the source line
 * and the licence drawn into one SVG around the chart, so the image stands alone in an article or a social
 * card. The image keeps its size (social cards have a fixed shape); the words are never cut: they wrap onto
 * as many lines as they need, the type steps down a size when they would leave the chart too little room,
 * and the chart takes the height that is left.
 */
import { PALETTE } from '../../charts/chart-input.ts';
import { textWidth, wrapToWidth } from './text-width.ts';

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
/** Words sit this far in from each side. */
export const MARGIN = 30;
export const FONT = 'Liberation Sans, DejaVu Sans, Arial, sans-serif';

/** Font sizes in pixels, largest first; the first that leaves the chart its room is used. */
const TYPE_SCALES = [
  { title: 28, subtitle: 18, legend: 14, source: 15, licence: 13 },
  { title: 24, subtitle: 17, legend: 13, source: 14, licence: 12 },
  { title: 20, subtitle: 15, legend: 12, source: 13, licence: 12 },
  { title: 17, subtitle: 14, legend: 12, source: 12, licence: 11 },
] as const;
type TypeScale = (typeof TYPE_SCALES)[number];
/** The share of the image the chart keeps at least, when the words allow it. */
const MIN_CHART_SHARE = 0.5;
/** Below this the chart is not worth drawing; a poster whose words leave less does not fit. */
const MIN_CHART = 100;
const SWATCH = 18;
const COLUMN_GAP = 14;
const lineHeight = (size: number) => Math.round(size * 1.22);

export interface LegendEntry { colour: string; lines: string[]; x: number; y: number }

export interface PosterLayout {
  size: PosterSize;
  type: TypeScale;
  title: string[];
  subtitle: string[];
  legend: LegendEntry[];
  source: string[];
  licence: string[];
  chartTop: number;
  chartHeight: number;
  /** False when the words leave the chart under MIN_CHART pixels at this size (posterLayout then grows the image). */
  fits: boolean;
}

/**
 * The key to the lines in a grid under the chart: as many columns as keep it shortest, each entry wrapped
 * in its column. `x` is from the start edge, `y` the top of the entry's row, relative to the legend's top.
 */
export function legendGrid(lines: readonly string[], width: number, size: number): { entries: LegendEntry[]; height: number } {
  if (lines.length < 2) return { entries: [], height: 0 };
  const lh = lineHeight(size);
  const maxColumns = Math.max(1, Math.min(lines.length, Math.floor(width / 180)));
  let best: { entries: LegendEntry[]; height: number } | undefined;
  for (let columns = maxColumns; columns >= 1; columns--) {
    // Short names sit side by side rather than spread across the width.
    const column = Math.min(width / columns, Math.max(...lines.map((l) => textWidth(l, size))) + SWATCH + COLUMN_GAP + 16);
    const wrapped = lines.map((l) => wrapToWidth(l, column - SWATCH - COLUMN_GAP, size));
    const entries: LegendEntry[] = [];
    let y = 0;
    for (let row = 0; row * columns < lines.length; row++) {
      const cells = wrapped.slice(row * columns, (row + 1) * columns);
      cells.forEach((w, i) => entries.push({ colour: PALETTE[row * columns + i] ?? '#000', lines: w, x: i * column, y }));
      y += Math.max(...cells.map((w) => w.length)) * lh + 6;
    }
    const height = y - 6;
    if (!best || height < best.height) best = { entries, height };
  }
  return best!;
}

function layoutWith(type: TypeScale, text: PosterText, size: PosterSize, lines: readonly string[]): PosterLayout {
  const inner = size.width - 2 * MARGIN;
  const title = wrapToWidth(text.title, inner, type.title, true);
  const subtitle = wrapToWidth(text.subtitle, inner, type.subtitle);
  const legend = legendGrid(lines, inner, type.legend);
  const source = wrapToWidth(text.source, inner, type.source);
  const licence = wrapToWidth(text.licence, inner, type.licence);
  const chartTop = MARGIN + title.length * lineHeight(type.title) + 4 + subtitle.length * lineHeight(type.subtitle) + 10;
  const bottom = (legend.height ? legend.height + 14 : 0) + source.length * lineHeight(type.source) + 6 + licence.length * lineHeight(type.licence) + 12;
  const chartHeight = size.height - bottom - 8 - chartTop;
  return { size, type, title, subtitle, legend: legend.entries, source, licence, chartTop, chartHeight: Math.max(MIN_CHART, chartHeight), fits: chartHeight >= MIN_CHART };
}

/**
 * Where every word goes: the largest type that leaves the chart its share, else the smallest. Words so long
 * that even the smallest type leaves the chart under MIN_CHART make the image taller (its width, and so its
 * file name, unchanged) rather than lose a word or squash the chart.
 */
export function posterLayout(text: PosterText, size: PosterSize, lines: readonly string[]): PosterLayout {
  const wanted = Math.round(size.height * MIN_CHART_SHARE);
  const layouts = TYPE_SCALES.map((type) => layoutWith(type, text, size, lines));
  const smallest = layouts[layouts.length - 1]!;
  const chosen = layouts.find((l) => l.chartHeight >= wanted) ?? (smallest.fits ? smallest : undefined);
  if (chosen) return chosen;
  const type = smallest.type;
  // The words' height does not depend on the image's: measure it on a tall image, then add what is missing.
  const tall = layoutWith(type, text, { width: size.width, height: size.height + 10_000 }, lines);
  const short = MIN_CHART - (tall.chartHeight - 10_000);
  return layoutWith(type, text, { width: size.width, height: size.height + short }, lines);
}

const escapeXml = (s: string) => s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The chart's own `<svg>` (Plot wraps it in a figure when there is a legend): the one as wide as asked. */
export function innerSvg(markup: string, width: number): string {
  const all = markup.match(/<svg\b[\s\S]*?<\/svg>/g) ?? [];
  return all.find((s) => new RegExp(`^<svg[^>]*\\bwidth="${width}"`).test(s)) ?? all[all.length - 1] ?? '';
}

/**
 * The poster; `dir` rtl sets every word from the right edge (Arabic), while the chart itself keeps time
 * running left to right.
 */
export function posterSvg(chart: string, layout: PosterLayout, dir: 'ltr' | 'rtl' = 'ltr'): string {
  const { size: { width, height }, type } = layout;
  const rtl = dir === 'rtl';
  // x is measured from the start edge: the left in English, the right in Arabic.
  const at = (x: number) => (rtl ? width - x : x);
  const text = (x: number, y: number, s: string, attrs: string) =>
    `<text x="${at(x)}" y="${y}"${rtl ? ' text-anchor="end" direction="rtl"' : ''} ${attrs}>${escapeXml(s)}</text>`;
  const out: string[] = [];
  let y = MARGIN;
  const block = (lines: string[], size: number, attrs: string, x = MARGIN) => {
    for (const line of lines) {
      out.push(text(x, Math.round(y + size * 0.9), line, `font-size="${size}" ${attrs}`));
      y += lineHeight(size);
    }
  };
  block(layout.title, type.title, 'font-weight="700" fill="#111"');
  y += 4;
  block(layout.subtitle, type.subtitle, 'fill="#333"');
  out.push(chart.replace(/^<svg\b/, `<svg x="${CHART_INSET}" y="${layout.chartTop}"`));
  y = layout.chartTop + layout.chartHeight + 8;
  if (layout.legend.length) {
    const top = y;
    for (const e of layout.legend) {
      y = top + e.y;
      out.push(`<circle cx="${at(MARGIN + e.x + 6)}" cy="${Math.round(y + type.legend * 0.55)}" r="6" fill="${e.colour}" stroke="#444" stroke-width="0.75"/>`);
      block(e.lines, type.legend, 'fill="#222"', MARGIN + e.x + SWATCH);
    }
    y = top + Math.max(...layout.legend.map((e) => e.y + e.lines.length * lineHeight(type.legend))) + 14;
  }
  block(layout.source, type.source, 'fill="#333"');
  y += 6;
  block(layout.licence, type.licence, 'fill="#555"');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    ...out,
    '</svg>',
  ].join('\n');
}

