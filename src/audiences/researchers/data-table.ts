/**
 * Client script of the researcher table: the page ships the first rows as HTML (works without
 * JavaScript); this script loads the tidy CSV on first use and pages, filters and sorts all of it.
 */
type Row = string[];

function parseCsv(text: string): Row[] {
  const rows: Row[] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(cell); cell = ''; }
    else if (ch === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; }
    else if (ch !== '\r') cell += ch;
  }
  if (cell || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

function setup(root: HTMLElement) {
  const src = root.dataset['src']!;
  const size = Number(root.dataset['pageSize']);
  const tbody = root.querySelector('tbody')!;
  const status = root.querySelector<HTMLElement>('[data-status]')!;
  const filter = root.querySelector<HTMLInputElement>('input[type=search]')!;
  const prev = root.querySelector<HTMLButtonElement>('[data-prev]')!;
  const next = root.querySelector<HTMLButtonElement>('[data-next]')!;
  const heads = [...root.querySelectorAll<HTMLTableCellElement>('thead th')];
  const numericCol = heads.length - 1;
  const template = status.dataset['template']!;
  let all: Row[] | null = null;
  let shown: Row[] = [];
  let page = 0;
  let sort = { col: -1, dir: 1 };
  root.querySelector<HTMLElement>('[data-controls]')!.hidden = false;

  const load = async () => {
    if (!all) {
      // The download keeps codes, with a label column beside each coded column; the page shows the labels.
      const [header = [], ...rows] = parseCsv(await (await fetch(src)).text());
      const keep = header.flatMap((name, i) => (header[i + 1] === `${name} label` ? [] : [i]));
      all = rows.map((r) => keep.map((i) => r[i] ?? '')).filter((r) => r.length === heads.length);
    }
    return all;
  };
  const render = () => {
    const pages = Math.max(1, Math.ceil(shown.length / size));
    page = Math.min(page, pages - 1);
    tbody.replaceChildren(...shown.slice(page * size, page * size + size).map((r) => {
      const tr = document.createElement('tr');
      for (const c of r) { const td = document.createElement('td'); td.textContent = c; tr.append(td); }
      return tr;
    }));
    prev.disabled = page === 0;
    next.disabled = page >= pages - 1;
    status.textContent = template.replace('{page}', String(page + 1)).replace('{pages}', String(pages)).replace('{rows}', shown.length.toLocaleString(document.documentElement.lang || undefined));
  };
  const update = async () => {
    const rows = await load();
    const words = filter.value.trim().toLowerCase().split(/\s+/).filter(Boolean);
    shown = words.length ? rows.filter((r) => { const line = r.join(' ').toLowerCase(); return words.every((w) => line.includes(w)); }) : [...rows];
    if (sort.col >= 0) {
      const { col, dir } = sort;
      const num = col === numericCol || col === 0;
      shown.sort((a, b) => dir * (num ? (parseFloat(a[col]!) || 0) - (parseFloat(b[col]!) || 0) || a[col]!.localeCompare(b[col]!) : a[col]!.localeCompare(b[col]!, 'en', { numeric: true })));
    }
    render();
  };
  filter.addEventListener('input', () => { page = 0; void update(); });
  prev.addEventListener('click', () => { page--; void update(); });
  next.addEventListener('click', () => { page++; void update(); });
  // Headers become sort buttons only here: without JavaScript they are plain headers, not dead buttons.
  heads.forEach((th, col) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = th.textContent;
    th.replaceChildren(button);
    button.addEventListener('click', () => {
      sort = { col, dir: sort.col === col ? -sort.dir : 1 };
      heads.forEach((h) => h.removeAttribute('aria-sort'));
      th.setAttribute('aria-sort', sort.dir === 1 ? 'ascending' : 'descending');
      void update();
    });
  });
}

for (const root of document.querySelectorAll<HTMLElement>('[data-observations]')) setup(root);
