/** The map's year control (loaded only on pages with a map, about 1 KB): recolours areas and refills the table. */
import { formatMessage } from '../../i18n/format-message.ts';
import { maxOf, minOf } from '../../pipeline/extent.ts';

const lang = document.documentElement.lang || 'en';
for (const root of document.querySelectorAll<HTMLElement>('[data-map]')) {
  const box = root.querySelector<HTMLElement>('[data-map-year]');
  const select = box?.querySelector('select');
  if (!box || !select) continue;
  const { values, names, breaks, colours } = JSON.parse(root.querySelector('[data-map-values]')!.textContent ?? '{}') as {
    values: Record<string, Record<string, number>>; names: Record<string, string>; breaks: number[]; colours: string[];
  };
  const fmt = (n: number) => n.toLocaleString(lang, { maximumFractionDigits: Math.abs(n) >= 100 ? 1 : 3 });
  const fill = (tpl: string, vars: Record<string, string | number>) => formatMessage(tpl, vars, lang);
  const classOf = (v: number) => { const i = breaks.findIndex((b) => v <= b); return i === -1 ? breaks.length - 1 : i; };
  const show = (year: string) => {
    const v = values[year] ?? {};
    for (const path of root.querySelectorAll<SVGPathElement>('path[data-code]')) {
      const x = v[path.dataset['code']!];
      path.setAttribute('fill', x === undefined ? 'url(#map-nodata)' : colours[classOf(x)]!);
    }
    const rows = Object.entries(v).map(([code, value]) => ({ code, name: names[code] ?? code, value })).sort((a, b) => a.name.localeCompare(b.name, lang));
    const body = root.querySelector('[data-map-rows]')!;
    body.replaceChildren();
    for (const r of rows) {
      const tr = document.createElement('tr');
      for (const [text, num] of [[r.name, false], [r.code, false], [fmt(r.value), true]] as const) {
        const td = tr.insertCell();
        td.textContent = text;
        if (num) td.className = 'num';
      }
      body.append(tr);
    }
    for (const c of root.querySelectorAll('[data-map-caption]')) c.textContent = fill(root.dataset['caption'] ?? '', { year });
    const shown = Object.values(v);
    const desc = fill(root.dataset['desc'] ?? '', { count: shown.length, year, min: fmt(minOf(shown)), max: fmt(maxOf(shown)) });
    root.querySelector('[data-map-desc]')!.textContent = desc;
    root.querySelector('[data-map-live]')!.textContent = desc;
  };
  box.hidden = false;
  select.addEventListener('change', () => show(select.value));
}
