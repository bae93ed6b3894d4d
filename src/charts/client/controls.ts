/** Builds the explorer's form from the data and the selection (DOM only; what to show is worked out elsewhere). */
import { t } from '../../i18n/index.ts';
import { valuesWithin, type DimensionNode, type ExplorerData } from '../time-series.ts';
import type { Selection } from '../selection.ts';

export interface ControlsInput {
  data: ExplorerData;
  nodes: DimensionNode[];
  selection: Selection;
  /** Years of the chosen series and unit. */
  years: string[];
}

type Attrs = Record<string, string | boolean | undefined>;

/** Lists longer than this get a filter box. */
const LONG_LIST = 10;
function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === true) node.setAttribute(k, '');
    else if (typeof v === 'string') node.setAttribute(k, v);
  }
  node.append(...children);
  return node;
}

function select(id: string, label: string, name: string, options: string[], value: string | undefined) {
  const s = el('select', { id, name });
  for (const o of options) s.append(el('option', { value: o, selected: o === value }, o));
  return el('div', { class: 'ex-field' }, el('label', { for: id }, label), s);
}

/** One fieldset of checkboxes per disaggregation; a nested field's fieldset sits inside its parent's. */
function dimFieldset(node: DimensionNode, input: ControlsInput, scoped: Set<string>): HTMLElement {
  const { data, nodes, selection } = input;
  const fi = data.dimensions.indexOf(node.field);
  const legend = node.parent ? t('charts.within', { field: node.field, parent: node.parent }) : node.field;
  const chosen = selection.dims[node.field] ?? [];
  const values = valuesWithin(node, selection.dims, data.timeSeries.filter((ts) => scoped.has(JSON.stringify([ts.series, ts.unit]))));
  const list = el('div', { class: 'ex-options', id: `ex-opts-${fi}` });
  for (const v of values) {
    const id = `ex-d${fi}-${node.values.indexOf(v)}`;
    list.append(el('div', { class: 'ex-check' },
      el('input', { type: 'checkbox', id, name: `dim.${node.field}`, value: v, checked: chosen.includes(v), 'data-field': node.field }),
      el('label', { for: id }, v)));
  }
  // A long list gets a filter box and says how many options it holds, so it is clear that it scrolls.
  const long = values.length > LONG_LIST;
  const filter = long
    ? el('div', { class: 'ex-filter' },
      el('label', { for: `ex-filter-${fi}` }, t('charts.filterOptions', { field: node.field })),
      el('input', { type: 'search', id: `ex-filter-${fi}`, 'data-filter-for': `ex-opts-${fi}`, autocomplete: 'off' }),
      el('p', { class: 'ex-hint', id: `ex-count-${fi}` }, t('charts.optionsCount', { n: values.length })))
    : undefined;
  const set = el('fieldset', { class: `ex-dim${long ? ' ex-long' : ''}` }, el('legend', {}, legend), ...(filter ? [filter] : []), list);
  for (const child of nodes.filter((n) => n.parent === node.field)) set.append(dimFieldset(child, input, scoped));
  return set;
}

/** The whole form; ids are stable across rebuilds so focus can return to the control just used. */
export function buildControls(input: ControlsInput): HTMLFormElement {
  const { data, nodes, selection, years } = input;
  const form = el('form', { class: 'ex-form', 'aria-label': t('charts.controls') });
  form.addEventListener('submit', (e) => e.preventDefault());
  // Filtering a long list hides options; it changes nothing in the selection.
  form.addEventListener('input', (e) => {
    const box = e.target as HTMLInputElement;
    const list = box.dataset['filterFor'] ? form.querySelector<HTMLElement>(`#${box.dataset['filterFor']}`) : null;
    if (!list) return;
    e.stopPropagation();
    const words = box.value.trim().toLowerCase();
    for (const row of list.querySelectorAll<HTMLElement>('.ex-check')) row.hidden = words !== '' && !row.textContent!.toLowerCase().includes(words);
  });
  const top = el('div', { class: 'ex-row' });
  if (data.series.length > 1) top.append(select('ex-series', t('charts.series'), 'series', data.series, selection.series));
  const units = [...new Set(data.timeSeries.filter((ts) => ts.series === selection.series && ts.unit).map((ts) => ts.unit!))];
  if (units.length > 1) top.append(select('ex-unit', t('charts.unit'), 'unit', units, selection.unit));
  if (years.length > 1) {
    top.append(select('ex-from', t('charts.from'), 'from', years, selection.from ?? years[0]));
    top.append(select('ex-to', t('charts.to'), 'to', years, selection.to ?? years[years.length - 1]));
  }
  const view = el('fieldset', { class: 'ex-view' }, el('legend', {}, t('charts.view')));
  for (const v of ['chart', 'table'] as const) {
    const id = `ex-view-${v}`;
    view.append(el('span', { class: 'ex-radio' },
      el('input', { type: 'radio', id, name: 'view', value: v, checked: selection.view === v }),
      el('label', { for: id }, t(`charts.view.${v}`))));
  }
  top.append(view);
  form.append(top);
  const scoped = new Set(
    data.timeSeries.filter((ts) => ts.series === selection.series && ts.unit === selection.unit).map((ts) => JSON.stringify([ts.series, ts.unit])),
  );
  const inScope = new Set(data.timeSeries.filter((ts) => ts.series === selection.series && ts.unit === selection.unit).flatMap((ts) => Object.keys(ts.dimensions)));
  const roots = nodes.filter((n) => inScope.has(n.field) && (!n.parent || !inScope.has(n.parent)));
  if (roots.length > 0) {
    form.append(el('p', { class: 'ex-hint' }, t('charts.filterHint')));
    const dims = el('div', { class: 'ex-dims' });
    for (const n of roots) dims.append(dimFieldset(n, { ...input, nodes: nodes.filter((x) => inScope.has(x.field)) }, scoped));
    form.append(dims);
  }
  form.append(el('div', { class: 'ex-row' },
    el('button', { type: 'button', id: 'ex-reset', 'data-action': 'reset' }, t('charts.reset')),
    el('button', { type: 'button', id: 'ex-download', 'data-action': 'download' }, t('charts.download'))));
  return form;
}

/** Reads the form back into a selection. */
export function readControls(form: HTMLFormElement, previous: Selection): Selection {
  const get = (name: string) => (form.elements.namedItem(name) as HTMLSelectElement | null)?.value;
  const dims: Record<string, string[]> = {};
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type=checkbox][data-field]:checked')) {
    (dims[box.dataset['field']!] ??= []).push(box.value);
  }
  const view = form.querySelector<HTMLInputElement>('input[name=view]:checked')?.value === 'table' ? 'table' : 'chart';
  const from = get('from');
  const to = get('to');
  const series = get('series') ?? previous.series;
  const unit = get('unit') ?? previous.unit;
  return {
    ...(series !== undefined ? { series } : {}),
    ...(unit !== undefined ? { unit } : {}),
    dims,
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    view,
  };
}
