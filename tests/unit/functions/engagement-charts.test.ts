/**
 * The engagement pages' small bar charts and the numbers behind them: the sentence each chart is described by,
 * well-formed escaped SVG, the day-by-day summary and the public months (never search words, the running month
 * marked).
 */
import { describe, expect, it } from 'vitest';
import { DOMParser } from 'linkedom';
import { barsSvg, describeBars } from '../../../src/components/engagement/bars-svg.ts';
import { daysBetween, publicMonths, summarizeEngagement } from '../../../src/functions/engagement/stats.ts';
import { withLanguage } from '../../../src/i18n/server.ts';

describe('describeBars', () => {
  it.each([
    ['en', 'Page views per day from 1 March to 3 March: 1,212 in all; highest 1,200 (2 March), lowest 0 (3 March).'],
    ['fr', 'Page views per day du 1 March au 3 March\u00a0: 1\u202f212 au total\u00a0; au plus haut 1\u202f200 (2 March), au plus bas 0 (3 March).'],
  ])('says the total, the highest and the lowest (%s)', (lang, sentence) => {
    const bars = [{ label: '1 March', value: 12 }, { label: '2 March', value: 1200 }, { label: '3 March', value: 0 }];
    expect(withLanguage(lang, () => describeBars('Page views per day', bars))).toBe(sentence);
  });

  it('says one period plainly', () => {
    expect(describeBars('Page views per month', [{ label: 'March 2025', value: 7 }])).toBe('Page views per month, March 2025: 7.');
  });

  it('says when nothing was counted', () => {
    expect(describeBars('Downloads per day', [{ label: '1 March', value: 0 }, { label: '2 March', value: 0 }])).toBe('Downloads per day from 1 March to 2 March: none counted.');
  });
});

describe('barsSvg', () => {
  it('is well-formed, named and described, with every text escaped', () => {
    const svg = barsSvg([{ label: '<b>1 March</b> & "x"', value: 3 }, { label: 'مارس', value: 5 }], { id: 'c1', title: 'Views <script>', description: 'A & B' });
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const root = doc.documentElement;
    expect(root.getAttribute('role')).toBe('img');
    expect(root.getAttribute('aria-labelledby')).toBe('c1-title');
    expect(root.getAttribute('aria-describedby')).toBe('c1-desc');
    expect(doc.getElementById('c1-title')?.textContent).toBe('Views <script>');
    expect(doc.getElementById('c1-desc')?.textContent).toBe('A & B');
    expect(svg).not.toContain('<script>');
    expect(svg).not.toContain('<b>');
    expect(doc.querySelectorAll('rect')).toHaveLength(2);
    expect([...doc.querySelectorAll('rect title')].map((t) => t.textContent)).toEqual(['<b>1 March</b> & "x": 3', 'مارس: 5']);
    // Time runs left to right in every language; labels are at least 11 px.
    expect(root.getAttribute('direction')).toBe('ltr');
    expect(Number(root.getAttribute('font-size'))).toBeGreaterThanOrEqual(11);
  });

  it('draws the tallest bar to the top and a zero as no bar', () => {
    const doc = new DOMParser().parseFromString(barsSvg([{ label: 'a', value: 0 }, { label: 'b', value: 10 }, { label: 'c', value: 5 }], { id: 'c', title: 't', description: 'd', height: 120 }), 'image/svg+xml');
    expect([...doc.querySelectorAll('rect')].map((r) => Number(r.getAttribute('height')))).toEqual([0, 82, 41]);
  });
});

describe('summarizeEngagement and publicMonths', () => {
  it('fills every day of the range, zeros included', () => {
    expect(daysBetween('2025-02-27', '2025-03-02')).toEqual(['2025-02-27', '2025-02-28', '2025-03-01', '2025-03-02']);
    const s = summarizeEngagement({ from: '2025-02-28', to: '2025-03-01', byKey: [], byDay: [{ day: '2025-03-01', kind: 'view', count: 4 }], feedback: [], top: 10 });
    expect(s.days.map((d) => [d.day, d.view, d.download])).toEqual([['2025-02-28', 0, 0], ['2025-03-01', 4, 0]]);
    expect(s.totals.view).toBe(4);
  });

  it('marks the running month, and leaves out months to come', () => {
    const months = publicMonths([
      { month: '2025-02', kind: 'view', count: 5 },
      { month: '2025-03', kind: 'embed', count: 1 },
      { month: '2025-04', kind: 'view', count: 9 },
    ], '2025-03-15');
    expect(months.map((m) => [m.month, m.complete, m.views, m.embeds])).toEqual([['2025-02', true, 5, 0], ['2025-03', false, 0, 1]]);
  });
});
