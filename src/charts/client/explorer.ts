/** The interactive chart, loaded on first interaction: controls, chart or table, URL state, announcements. */
import { formatList } from '../../i18n/format.ts';
import { t } from '../../i18n/index.ts';
import type { ChartConfig } from '../chart-config.ts';
import { CHARTS, finishChart } from '../chart-kinds.ts';
import { markedStatuses } from '../chart-marks.ts';
import { describeChart } from '../describe.ts';
import { selectionFromQuery, selectionToQuery, type Fallback, type Selection } from '../selection.ts';
import { firstCombination, selectionView, rowsToCsv, type SelectionView } from '../selection-view.ts';
import { nestDimensions, type ExplorerData } from '../time-series.ts';
import { compareYears } from '../../pipeline/years.ts';
import { buildControls, readControls } from './controls.ts';
import { renderTable, fallbackText } from './explorer-parts.ts';
import { track } from '../../components/engagement/track.ts';

/** `focus`: move focus to the first control (when the reader pressed the button, not when a URL opened it);
 * `json`: the indicator's JSON when the page has fetched it already. */
export async function startExplorer(root: HTMLElement, focus = true, json?: unknown): Promise<void> {
  const config = JSON.parse(root.querySelector('[data-chart-config]')!.textContent ?? '{}') as ChartConfig;
  if (json === undefined) {
    const response = await fetch(root.dataset['json']!);
    if (!response.ok) throw new Error(`${response.status}`);
    json = await response.json();
  }
  const data = (json as { data: ExplorerData }).data;
  const nodes = nestDimensions(data.dimensions, data.timeSeries);
  const figure = document.getElementById(root.dataset['figure']!)!;
  const q = <T extends HTMLElement>(sel: string) => root.querySelector<T>(sel)!;
  const live = q('[data-explorer-live]');
  const note = q('[data-explorer-note]');
  const controls = q('[data-explorer-controls]');
  const tableBox = figure.querySelector<HTMLElement>('[data-explorer-table]')!;
  const svgBox = figure.querySelector<HTMLElement>('.chart-drawing')!;
  const valuesBox = figure.querySelector<HTMLElement>('.chart-svg')!;
  const extra = figure.querySelector<HTMLElement>('[data-chart-extra]')!;
  const defaults: Selection = { ...structuredClone(config.defaults), view: 'chart' };
  // Side by side from this width (as the stylesheet lays it out); below it the controls follow the chart.
  const wide = matchMedia('(min-width: 60rem)');
  root.closest('[data-chart-area]')?.classList.add('is-exploring');
  const viewOf = (s: Selection) => selectionView(data, config, s, nodes);

  let { selection, fallbacks } = selectionFromQuery(location.search, data, config.defaults);
  if (viewOf(selection).input.lines.length === 0) {
    if (fallbacks.length === 0) fallbacks = [{ kind: 'dim', field: '', value: location.search }];
    selection = { ...defaults, view: selection.view };
  }
  // A headline with no total (every row broken down) opens on the first combination that has data.
  if (viewOf(selection).input.lines.length === 0) selection = { ...selection, dims: firstCombination(data, selection.series, selection.unit) };
  showFallbacks(note, fallbacks);

  const draw = (view: SelectionView) => {
    const { input } = view;
    const kind = view.smallMultiples ? 'multiples' : view.kind;
    figure.querySelector('.chart-title')!.textContent = input.title;
    svgBox.replaceChildren();
    const messages: string[] = [];
    if (input.lines.length === 0) {
      figure.querySelector('.chart-desc')!.textContent = t('charts.noMatch');
    } else {
      const width = Math.max(320, Math.min(960, svgBox.clientWidth || 720));
      const node = CHARTS[kind](input, { width }) as unknown as Element;
      svgBox.append(finishChart(node, input.title));
      figure.querySelector('.chart-desc')!.textContent = describeChart(input, view.kind);
      if (view.smallMultiples) messages.push(t('charts.smallMultiples', { n: input.lines.length }));
      const statuses = markedStatuses(input);
      if (statuses.length > 0 && kind !== 'bar' && kind !== 'binary') messages.push(t('charts.status.legend', { list: formatList(statuses) }));
    }
    extra.textContent = messages.join(' ');
    extra.hidden = messages.length === 0;
    tableBox.replaceChildren(renderTable(view, t('charts.tableCaption', { title: input.title })));
    valuesBox.hidden = selection.view === 'table';
    tableBox.hidden = selection.view !== 'table';
  };

  // The engagement count: which indicator, which view (chart or table), each time the view changes.
  let trackedView = '';
  const update = (announce: boolean) => {
    if (selection.view !== trackedView) track({ kind: 'explorer', indicator: config.id, view: (trackedView = selection.view) });
    const view = viewOf(selection);
    const active = document.activeElement?.id;
    controls.replaceChildren(buildControls({ data, nodes, selection, years: view.years }));
    if (active) document.getElementById(active)?.focus();
    draw(view);
    history.replaceState(history.state, '', `${location.pathname}${selectionToQuery(selection, config.defaults)}${location.hash}`);
    const { input } = view;
    const span = input.years.length > 1
      ? t('chart.span.range', { first: input.years[0]!, last: input.years[input.years.length - 1]! })
      : t('chart.span.one', { year: input.years[0] ?? '' });
    const count = input.lines.length === 1 ? t('charts.lines.one') : t('charts.lines.many', { n: input.lines.length });
    if (announce) live.textContent = input.lines.length === 0 ? t('charts.noMatch') : t('charts.announce', { count, title: input.title, span });
  };

  controls.addEventListener('change', (event) => {
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    if (target.dataset['filterFor']) return;
    const next = readControls(controls.querySelector('form')!, selection);
    if (target.name === 'series') {
      const unit = data.timeSeries.find((ts) => ts.series === next.series)?.unit;
      selection = { ...(next.series ? { series: next.series } : {}), ...(unit ? { unit } : {}), dims: {}, view: next.view };
    } else if (target.name === 'unit') {
      selection = { ...next, dims: {} };
      delete selection.from;
      delete selection.to;
    } else selection = tidyYears(next, viewOf(next).years);
    // A series or unit with no total opens on a combination that has data, never on an empty chart.
    if ((target.name === 'series' || target.name === 'unit') && viewOf(selection).input.lines.length === 0) {
      selection = { ...selection, dims: firstCombination(data, selection.series, selection.unit) };
    }
    update(true);
    // On a phone the controls sit under the chart: bring the chart back into view so the change is seen.
    if (!wide.matches && figure.getBoundingClientRect().top < 0) figure.scrollIntoView({ block: 'start', behavior: 'smooth' });
  });
  controls.addEventListener('click', (event) => {
    const action = (event.target as HTMLElement).closest<HTMLElement>('[data-action]')?.dataset['action'];
    if (action === 'reset') {
      selection = structuredClone(defaults);
      note.hidden = true;
      update(true);
    } else if (action === 'download') {
      download(viewOf(selection), config.id, data.dimensions);
      track({ kind: 'explorer', indicator: config.id, view: 'download' });
    }
  });
  q<HTMLButtonElement>('[data-explore]').hidden = true;
  const panel = q<HTMLDetailsElement>('[data-explorer-panel]');
  panel.hidden = false;
  // Beside the chart the controls are always shown; folded away on a phone, they open again on a wide screen.
  wide.addEventListener('change', () => { if (wide.matches) panel.open = true; });
  // The chart is drawn at the width it has: again when that width changes (a phone turned, a window resized).
  let drawnAt = svgBox.clientWidth;
  new ResizeObserver(() => {
    const width = svgBox.clientWidth;
    if (width > 0 && Math.abs(width - drawnAt) > 40) {
      drawnAt = width;
      draw(viewOf(selection));
    }
  }).observe(svgBox);
  // Notes about the build-time chart (which headline rows it shows) no longer apply.
  for (const n of figure.closest('section')?.querySelectorAll<HTMLElement>('[data-build-note]') ?? []) n.hidden = true;
  update(true);
  drawnAt = svgBox.clientWidth;
  // On a phone the chart stays where the reader is looking; the controls are under it.
  if (focus) controls.querySelector<HTMLElement>('select, input')?.focus({ preventScroll: !wide.matches });
}

/** Drops a year range that is the full range (clean URL) and swaps one given backwards. */
function tidyYears(sel: Selection, years: string[]): Selection {
  const next = { ...sel };
  if (next.from && next.to && compareYears(next.from, next.to) > 0) [next.from, next.to] = [next.to, next.from];
  if (next.from === years[0]) delete next.from;
  if (next.to === years[years.length - 1]) delete next.to;
  return next;
}

function showFallbacks(note: HTMLElement, fallbacks: Fallback[]) {
  note.hidden = fallbacks.length === 0;
  note.textContent = fallbacks.length ? t('charts.fallback', { parts: formatList(fallbacks.map(fallbackText), 'unit') }) : '';
}

function download(view: SelectionView, id: string, dimensions: string[]) {
  const url = URL.createObjectURL(new Blob([rowsToCsv(view.rows, view.decimals, dimensions)], { type: 'text/csv;charset=utf-8' }));
  const a = Object.assign(document.createElement('a'), { href: url, download: `${id}-selection.csv` });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
