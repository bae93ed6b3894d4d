/**
 * Fills the staff dashboard's "How the portal is used" (EngagementPanel.astro) from GET /api/engagement, with the
 * token the staff page keeps in this tab. Loads when the staff page shows its app (`staff:shown`), and again on
 * "Show". Every value is put on the page with textContent; the charts are SVG text whose texts are XML-escaped.
 */
import '../../i18n/client.ts';
import { t, type UiKey } from '../../i18n/index.ts';
import { formatDate, formatNumber } from '../../i18n/format.ts';
import { toDotted } from '../../pipeline/ids.ts';
import { FOLDED_SEARCH_KEY } from '../../functions/store/engagement-types.ts';
import type { EngagementSummary, KindCounts } from '../../functions/engagement/stats.ts';
import { barsSvg, describeBars, type Bar } from './bars-svg.ts';

const TOKEN_KEY = 'feedback-staff-token';
const DAY_MS = 86_400_000;
const root = document.getElementById('engagement')!;
const api = root.dataset['api'] ?? '';
const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const status = byId<HTMLParagraphElement>('engagement-status');
const body = byId<HTMLDivElement>('engagement-body');
const form = byId<HTMLFormElement>('engagement-period');

const dayOf = (time: number) => new Date(time).toISOString().slice(0, 10);
const dayText = (day: string) => formatDate(new Date(`${day}T00:00:00Z`));
const percent = (x: number | null) => (x === null ? '–' : formatNumber(x, { style: 'percent' }));

function period(): { from: string; to: string } {
  const days = Number(new FormData(form).get('days') ?? 30);
  const today = Date.now();
  return { from: dayOf(today - (days - 1) * DAY_MS), to: dayOf(today) };
}

class Stop extends Error {}

async function call(query: string): Promise<Response> {
  const res = await fetch(`${api}/api/engagement?${query}`, { headers: { authorization: `Bearer ${sessionStorage.getItem(TOKEN_KEY) ?? ''}` } });
  if (res.ok) return res;
  const errors = ((await res.json().catch(() => ({}))) as { errors?: Record<string, string> }).errors ?? {};
  status.textContent = Object.values(errors).join(' ') || String(res.status);
  throw new Stop();
}

const cell = (text: string, opts: { num?: boolean; dir?: string; href?: string } = {}) => {
  const td = document.createElement('td');
  if (opts.num) td.className = 'num';
  if (opts.href && opts.href.startsWith('/') && !opts.href.startsWith('//')) {
    const a = document.createElement('a');
    a.href = opts.href;
    a.textContent = text;
    a.dir = 'ltr';
    td.append(a);
  } else {
    td.textContent = text;
    if (opts.dir) td.dir = opts.dir;
  }
  return td;
};

function fill(id: string, rows: HTMLTableCellElement[][]) {
  const tbody = byId<HTMLTableElement>(`engagement-${id}`).tBodies[0]!;
  if (rows.length === 0) {
    const td = cell(t('engagement.staff.none'));
    td.colSpan = byId<HTMLTableElement>(`engagement-${id}`).tHead!.rows[0]!.cells.length;
    rows = [[td]];
  }
  tbody.replaceChildren(...rows.map((cells) => {
    const tr = document.createElement('tr');
    tr.append(...cells);
    return tr;
  }));
}

const KPIS: [UiKey, (t: KindCounts) => number][] = [
  ['engagement.kind.view', (c) => c.view],
  ['engagement.kind.download', (c) => c.download],
  ['engagement.kind.search', (c) => c.search + c['search-empty']],
  ['engagement.kind.searchEmpty', (c) => c['search-empty']],
  ['engagement.kind.explorer', (c) => c.explorer],
  ['engagement.kind.embed', (c) => c.embed],
  ['engagement.kind.dropped', (c) => c.dropped],
];

/** Draws a chart at the width its box has, so its 12-px labels are never scaled down on a phone. */
function draw(box: HTMLElement, bars: Bar[], id: string, title: string, description: string) {
  const width = Math.round(Math.min(560, Math.max(260, box.clientWidth || 320)));
  if (box.dataset['width'] === String(width)) return;
  box.dataset['width'] = String(width);
  box.innerHTML = barsSvg(bars, { id, title, description, width });
}

/** A small chart per kind: a figure with its title, the SVG (a sentence describes it), and a table of the values. */
function trend(key: UiKey, id: string, days: EngagementSummary['days'], value: (c: KindCounts) => number): HTMLElement {
  const what = t('engagement.staff.perDay', { what: t(key) });
  const bars: Bar[] = days.map((d) => ({ label: dayText(d.day), value: value(d) }));
  const description = describeBars(what, bars);
  const figure = document.createElement('figure');
  const caption = document.createElement('figcaption');
  caption.textContent = what;
  const drawing = document.createElement('div');
  // Drawn once the figure is on the page and has a width, and again when that width changes.
  new ResizeObserver(() => draw(drawing, bars, `engagement-chart-${id}`, what, description)).observe(drawing);
  const text = document.createElement('p');
  text.className = 'chart-text';
  text.textContent = description;
  const details = document.createElement('details');
  const summary = document.createElement('summary');
  summary.textContent = t('engagement.chart.table');
  const table = document.createElement('table');
  const head = table.createTHead().insertRow();
  for (const [label, num] of [[t('engagement.staff.day'), false], [t('engagement.staff.count'), true]] as const) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = label;
    if (num) th.className = 'num';
    head.append(th);
  }
  const tbody = table.createTBody();
  for (const b of bars) tbody.insertRow().append(cell(b.label), cell(formatNumber(b.value), { num: true }));
  details.append(summary, table);
  figure.append(caption, drawing, text, details);
  return figure;
}

function render(s: EngagementSummary) {
  byId('engagement-range').textContent = t('engagement.staff.range', { from: dayText(s.from), to: dayText(s.to) });
  const kpis = byId<HTMLDListElement>('engagement-kpis');
  kpis.replaceChildren(...KPIS.map(([key, of]) => {
    const pair = document.createElement('div');
    const dt = document.createElement('dt');
    dt.textContent = t(key);
    const dd = document.createElement('dd');
    dd.textContent = formatNumber(of(s.totals));
    pair.append(dt, dd);
    return pair;
  }));
  byId('engagement-trends').replaceChildren(
    trend('engagement.kind.view', 'views', s.days, (c) => c.view),
    trend('engagement.kind.download', 'downloads', s.days, (c) => c.download),
    trend('engagement.kind.search', 'searches', s.days, (c) => c.search + c['search-empty']),
    trend('engagement.kind.searchEmpty', 'empty', s.days, (c) => c['search-empty']),
  );
  const query = (key: string) => (key === FOLDED_SEARCH_KEY ? t('engagement.staff.folded') : key);
  fill('pages', s.pages.map((p) => [cell(p.page, { href: p.page }), cell(formatNumber(p.views), { num: true }), cell(formatNumber(p.answers), { num: true }), cell(percent(p.usefulRate), { num: true })]));
  fill('emptySearches', s.emptySearches.map((r) => [cell(query(r.key), { dir: 'auto' }), cell(formatNumber(r.count), { num: true })]));
  fill('downloads', s.downloads.map((r) => [cell(r.key, { href: r.key }), cell(formatNumber(r.count), { num: true })]));
  fill('searches', s.searches.map((r) => [cell(query(r.query), { dir: 'auto' }), cell(formatNumber(r.count), { num: true }), cell(formatNumber(r.empty), { num: true })]));
  fill('explorer', s.explorer.map((r) => [
    cell(toDotted(r.indicator), { dir: 'ltr' }),
    cell(['chart', 'table', 'download'].includes(r.view) ? t(`engagement.staff.view.${r.view}` as UiKey) : r.view),
    cell(formatNumber(r.count), { num: true }),
  ]));
  fill('embeds', s.embeds.map((r) => [cell(r.key === 'unknown' ? t('engagement.staff.unknownSite') : r.key, { dir: 'ltr' }), cell(formatNumber(r.count), { num: true })]));
  fill('dropped', s.dropped.map((r) => [
    cell(['rate-limit', 'invalid', 'storage'].includes(r.key) ? t(`engagement.staff.reason.${r.key}` as UiKey) : r.key),
    cell(formatNumber(r.count), { num: true }),
  ]));
  body.hidden = false;
}

async function load() {
  status.textContent = t('engagement.usage.loading');
  try {
    const { from, to } = period();
    const summary = (await (await call(new URLSearchParams({ from, to, top: '20' }).toString())).json()) as EngagementSummary;
    render(summary);
    status.textContent = '';
  } catch (error) {
    if (!(error instanceof Stop)) status.textContent = String((error as Error).message);
  }
}

async function downloadCsv() {
  try {
    const { from, to } = period();
    const blob = await (await call(new URLSearchParams({ from, to, format: 'csv' }).toString())).blob();
    const a = Object.assign(document.createElement('a'), { href: URL.createObjectURL(blob), download: `engagement-${from}-to-${to}.csv` });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
  } catch (error) {
    if (!(error instanceof Stop)) status.textContent = String((error as Error).message);
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  void load();
});
byId<HTMLButtonElement>('engagement-csv').addEventListener('click', () => void downloadCsv());
document.addEventListener('staff:shown', () => void load());
if (!byId<HTMLElement>('staff-app').hidden) void load();
