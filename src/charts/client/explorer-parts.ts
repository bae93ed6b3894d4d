/** Small DOM pieces of the explorer: the selection's table and the words for a URL fallback. */
import { t } from '../../i18n/index.ts';
import type { Fallback } from '../selection.ts';
import type { SelectionView } from '../selection-view.ts';
import { formatNumber } from '../../i18n/format.ts';
import { inferDecimals } from '../../audiences/format.ts';

export function renderTable(view: SelectionView, caption: string): HTMLElement {
  const showStatus = view.rows.some((r) => r.status);
  // Values in the reader's number format, with the metadata's decimals, else those the data mostly have.
  const decimals = view.decimals ?? inferDecimals(view.rows.map((r) => r.value));
  const table = document.createElement('table');
  const cap = table.createCaption();
  cap.textContent = caption;
  const head = table.createTHead().insertRow();
  const cols = [t('charts.line'), t('indicator.year'), t('indicator.value'), t('indicator.unit'), ...(showStatus ? [t('indicator.observationStatus')] : [])];
  cols.forEach((c, i) => {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = c;
    if (i === 2) th.className = 'num';
    head.append(th);
  });
  const body = table.createTBody();
  for (const r of view.rows) {
    const tr = body.insertRow();
    const cells = [r.line, r.year, formatNumber(r.value, { minimumFractionDigits: decimals, maximumFractionDigits: decimals }), r.unit, ...(showStatus ? [r.status ?? ''] : [])];
    cells.forEach((c, i) => {
      const td = tr.insertCell();
      td.textContent = c;
      if (i === 2) td.className = 'num';
    });
  }
  const box = document.createElement('div');
  box.className = 'table-scroll';
  box.setAttribute('role', 'region');
  box.setAttribute('aria-label', caption);
  box.tabIndex = 0;
  box.append(table);
  return box;
}

export function fallbackText(f: Fallback): string {
  if (f.kind === 'dim') return f.field ? t('charts.fallback.dim', { field: f.field, value: f.value }) : f.value;
  return t(`charts.fallback.${f.kind}`, { value: f.value });
}
