/**
 * Client script of the researcher table: the page ships the first rows as HTML (works without
 * JavaScript); this script loads the indicator's JSON on first use and pages, filters and sorts every row.
 */
import { compareCells, jsonRows, matches, type JsonSeries, type Row } from './table-model.ts';

function setup(root: HTMLElement) {
  const src = root.dataset['src']!;
  const size = Number(root.dataset['pageSize']);
  const keys = JSON.parse(root.dataset['columns']!) as string[];
  const valueCol = Number(root.dataset['valueCol']);
  const total = root.dataset['total']!;
  const lang = document.documentElement.lang || undefined;
  const tbody = root.querySelector('tbody')!;
  const status = root.querySelector<HTMLElement>('[data-status]')!;
  const selects = [...root.querySelectorAll<HTMLSelectElement>('select[data-col]')];
  const clear = root.querySelector<HTMLButtonElement>('[data-clear]');
  const prev = root.querySelector<HTMLButtonElement>('[data-prev]')!;
  const next = root.querySelector<HTMLButtonElement>('[data-next]')!;
  const heads = [...root.querySelectorAll<HTMLTableCellElement>('thead th')];
  const template = status.dataset['template']!;
  /** Every row, read once from the JSON (every control waits for the same reading). */
  let all: Promise<Row[]> | null = null;
  let shown: Row[] = [];
  let page = 0;
  let sort: { col: number; dir: 1 | -1 } = { col: -1, dir: 1 };
  root.querySelector<HTMLElement>('[data-controls]')!.hidden = false;

  const load = () => (all ??= (async () => {
    // The JSON has the page's words (labels, not codes) and one row per observation, as the page does.
    const response = await fetch(src);
    if (!response.ok) throw new Error(`${response.status} ${src}`);
    const json = (await response.json()) as { data: { timeSeries: JsonSeries[] } | null };
    return jsonRows(json.data?.timeSeries ?? [], keys, total);
  })().catch((error: unknown) => {
    all = null;
    throw error;
  }));
  const render = () => {
    const pages = Math.max(1, Math.ceil(shown.length / size));
    page = Math.min(page, pages - 1);
    tbody.replaceChildren(...shown.slice(page * size, page * size + size).map((r) => {
      const tr = document.createElement('tr');
      r.forEach((c, col) => {
        const td = document.createElement('td');
        td.textContent = c;
        if (col === valueCol) td.className = 'num';
        else td.dir = 'auto';
        tr.append(td);
      });
      return tr;
    }));
    // The header says how the rows are sorted once they are (not while the JSON is still on its way).
    heads.forEach((h, col) => {
      if (col === sort.col) h.setAttribute('aria-sort', sort.dir === 1 ? 'ascending' : 'descending');
      else h.removeAttribute('aria-sort');
    });
    prev.disabled = page === 0;
    next.disabled = page >= pages - 1;
    status.textContent = template.replace('{page}', String(page + 1)).replace('{pages}', String(pages)).replace('{rows}', shown.length.toLocaleString(lang));
  };
  const update = async () => {
    const rows = await load();
    const filters = new Map(selects.filter((s) => s.value !== '').map((s) => [Number(s.dataset['col']), s.value] as const));
    shown = filters.size > 0 ? rows.filter((r) => matches(r, filters)) : [...rows];
    if (sort.col >= 0) {
      const { col, dir } = sort;
      const numeric = col === valueCol || col === 0;
      shown.sort((a, b) => compareCells(a[col]!, b[col]!, dir, numeric, lang));
    }
    render();
  };
  for (const s of selects) s.addEventListener('change', () => { page = 0; void update(); });
  clear?.addEventListener('click', () => { for (const s of selects) s.value = ''; page = 0; void update(); });
  prev.addEventListener('click', () => { page--; void update(); });
  next.addEventListener('click', () => { page++; void update(); });
  // Headers become sort buttons only here: without JavaScript they are plain headers, not dead buttons.
  heads.forEach((th, col) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = th.textContent;
    th.replaceChildren(button);
    button.addEventListener('click', () => {
      sort = { col, dir: sort.col === col ? (-sort.dir as 1 | -1) : 1 };
      void update();
    });
  });
}

for (const root of document.querySelectorAll<HTMLElement>('[data-observations]')) setup(root);
