/**
 * "How the portal is used" in the browser: reads the function's public monthly totals and draws them (a bar chart
 * of page views with a sentence from its data, and the table of every total). Values go in as text.
 */
import '../../i18n/client.ts';
import { t } from '../../i18n/index.ts';
import { formatDate, formatNumber } from '../../i18n/format.ts';
import type { PublicMonth } from '../../functions/engagement/stats.ts';
import { barsSvg, describeBars } from './bars-svg.ts';

const root = document.getElementById('usage')!;
const status = document.getElementById('usage-status')!;
const monthText = (month: string) => formatDate(new Date(`${month}-01T00:00:00Z`), { month: 'long', year: 'numeric' });

async function show() {
  status.textContent = t('engagement.usage.loading');
  try {
    const res = await fetch(`${root.dataset['api'] ?? ''}/api/engagement/public`, { headers: { accept: 'application/json' } });
    if (!res.ok) throw new Error(String(res.status));
    const { months, updated } = (await res.json()) as { months: PublicMonth[]; updated: string };
    if (!months.length) {
      status.textContent = t('engagement.usage.empty');
      return;
    }
    const label = (m: PublicMonth) => (m.complete ? monthText(m.month) : t('engagement.usage.running', { month: monthText(m.month) }));
    const bars = months.map((m) => ({ label: label(m), value: m.views }));
    const title = t('engagement.usage.chart');
    const description = describeBars(title, bars);
    // Drawn at the width it has (its 12-px labels never scaled down on a phone), again when that width changes.
    const box = document.getElementById('usage-chart')!;
    let drawn = 0;
    new ResizeObserver(() => {
      const width = Math.round(Math.min(640, Math.max(260, box.clientWidth || 480)));
      if (width === drawn) return;
      drawn = width;
      box.innerHTML = barsSvg(bars, { id: 'usage-views', title, description, width, height: 140 });
    }).observe(box);
    document.getElementById('usage-chart-text')!.textContent = description;
    const tbody = (document.getElementById('usage-table') as HTMLTableElement).tBodies[0]!;
    tbody.replaceChildren(...[...months].reverse().map((m) => {
      const tr = document.createElement('tr');
      const th = document.createElement('th');
      th.scope = 'row';
      th.textContent = label(m);
      tr.append(th);
      for (const value of [m.views, m.downloads, m.searches, m.explorer, m.embeds]) {
        const td = document.createElement('td');
        td.className = 'num';
        td.textContent = formatNumber(value);
        tr.append(td);
      }
      return tr;
    }));
    document.getElementById('usage-updated')!.textContent = t('engagement.usage.updated', { date: formatDate(new Date(`${updated}T00:00:00Z`)) });
    document.getElementById('usage-body')!.hidden = false;
    status.textContent = '';
  } catch {
    status.textContent = t('engagement.usage.failed');
  }
}

void show();
