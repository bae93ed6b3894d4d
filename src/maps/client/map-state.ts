/** What the map's scripts share: the values the page carries, the year shown, the words, and the live region. */
import { formatMessage } from '../../i18n/format-message.ts';

export interface MapText {
  desc: string;
  caption: string;
  tipValue: string;
  tipNoData: string;
  areaLabel: string;
  zoomed: string;
  whole: string;
  loadFailed: string;
}

/** The JSON the page carries (ChoroplethMap.astro writes it). */
export interface MapPayload {
  /** year → code → value: every year, or only the one shown where `valuesUrl` holds them all. */
  values: Record<string, Record<string, number>>;
  /** Every year's values, fetched when another year is first picked (a large map, src/site/map-files.ts). */
  valuesUrl?: string;
  names: Record<string, string>;
  breaks: number[];
  colours: string[];
  year: string;
  /** A value with its unit, "\u0001" standing for the number. */
  unit: string;
  text: MapText;
}

export interface MapState extends MapPayload {
  root: HTMLElement;
  svg: SVGSVGElement;
  paths: SVGPathElement[];
  lang: string;
  rtl: boolean;
  fill: (template: string, vars: Record<string, string | number>) => string;
  fmt: (n: number) => string;
  classOf: (v: number) => number;
  nameOf: (path: SVGPathElement) => string;
  /** "4.6% (2019)", or "No data for 2019", for the year shown. */
  detailOf: (path: SVGPathElement) => string;
  /** Says a change to screen readers, through the map's live region. */
  announce: (text: string) => void;
}

export function readMap(root: HTMLElement): MapState | undefined {
  const json = root.querySelector('[data-map-values]')?.textContent;
  const svg = root.querySelector<SVGSVGElement>('svg.map-svg');
  if (!json || !svg) return undefined;
  const payload = JSON.parse(json) as MapPayload;
  const lang = document.documentElement.lang || 'en';
  const number = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : lang, { maximumFractionDigits: 3 });
  const big = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : lang, { maximumFractionDigits: 1 });
  const state: MapState = {
    ...payload,
    root,
    svg,
    paths: [...svg.querySelectorAll<SVGPathElement>('path[data-code]')],
    lang,
    rtl: document.documentElement.dir === 'rtl',
    fill: (template, vars) => formatMessage(template, vars, lang),
    fmt: (n) => (Math.abs(n) >= 100 ? big : number).format(n),
    classOf: (v) => {
      const i = state.breaks.findIndex((b) => v <= b);
      return i === -1 ? state.breaks.length - 1 : i;
    },
    nameOf: (path) => state.names[path.dataset['code']!] ?? path.dataset['code']!,
    detailOf: (path) => {
      const v = state.values[state.year]?.[path.dataset['code']!];
      return v === undefined
        ? state.fill(state.text.tipNoData, { year: state.year })
        : state.fill(state.text.tipValue, { value: state.unit.replace('\u0001', state.fmt(v)), year: state.year });
    },
    announce: (text) => {
      const live = root.querySelector('[data-map-live]');
      if (!live) return;
      // Emptied first, so the same words said twice are still announced.
      live.textContent = '';
      requestAnimationFrame(() => { live.textContent = text; });
    },
  };
  return state;
}
