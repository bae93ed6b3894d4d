/** The map's year control: recolours the areas, refills the table and the description, and says so. */
import type { MapState } from './map-state.ts';
import { maxOf, minOf } from '../../pipeline/extent.ts';

export function setupYear(s: MapState, changed: () => void): void {
  const box = s.root.querySelector<HTMLElement>('[data-map-year]');
  const select = box?.querySelector('select');
  if (!box || !select) return;
  const show = (year: string) => {
    s.year = year;
    const v = s.values[year] ?? {};
    for (const path of s.paths) {
      const x = v[path.dataset['code']!];
      path.setAttribute('fill', x === undefined ? 'url(#map-nodata)' : s.colours[s.classOf(x)]!);
    }
    const rows = Object.entries(v).map(([code, value]) => ({ code, name: s.names[code] ?? code, value })).sort((a, b) => a.name.localeCompare(b.name, s.lang));
    s.root.querySelector('[data-map-rows]')!.replaceChildren(...rows.map((r) => {
      const tr = document.createElement('tr');
      for (const [text, num] of [[r.name, false], [r.code, false], [s.fmt(r.value), true]] as const) {
        const td = tr.insertCell();
        td.textContent = text;
        if (num) td.className = 'num';
        else td.dir = 'auto';
      }
      return tr;
    }));
    for (const c of s.root.querySelectorAll('[data-map-caption]')) c.textContent = s.fill(s.text.caption, { year });
    const shown = Object.values(v);
    const desc = s.fill(s.text.desc, { count: shown.length, year, min: s.fmt(minOf(shown)), max: s.fmt(maxOf(shown)) });
    s.root.querySelector('[data-map-desc]')!.textContent = desc;
    s.announce(desc);
    changed();
  };
  /** Every year's values, fetched once where the page carries only the year it shows. */
  let loading: Promise<void> | undefined;
  const load = () => (loading ??= fetch(s.valuesUrl!)
    .then((r) => (r.ok ? (r.json() as Promise<MapState['values']>) : Promise.reject(new Error(String(r.status)))))
    .then((all) => { s.values = all; })
    .catch(() => { loading = undefined; }));
  box.hidden = false;
  select.addEventListener('change', async () => {
    const year = select.value;
    if (!s.values[year] && s.valuesUrl) await load();
    if (select.value !== year) return;
    if (!s.values[year] && s.valuesUrl) {
      // Offline or the file is gone: the map stays on the year it shows, and says so.
      select.value = s.year;
      s.announce(s.fill(s.text.loadFailed, { year: s.year }));
      return;
    }
    show(year);
  });
}
