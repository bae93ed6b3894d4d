/** One rule for "has data": a "Reported online" indicator without values says so, and every count follows the badge. */
import { describe, expect, it } from 'vitest';
import { NO_DATA_YET, readerStatus, reportedWithData } from '../../../src/site/site-data.ts';
import { readerStatuses, statusClass, statusLabel } from '../../../src/site/status-label.ts';
import { siteOf } from '../pipeline/fixture-repo.ts';

const meta = (status: string) => `---\nindicator_name: Test\nreporting_status: ${status}\n---\n`;
const site = await siteOf({
  'meta/1-1-1.md': meta('complete'), 'data/indicator_1-1-1.csv': 'Year,Value\n2015,1\n',
  'meta/1-2-1.md': meta('complete'), 'data/indicator_1-2-1.csv': 'Year,Value\n2015,\n',
  'meta/1-2-2.md': meta('complete'),
  'meta/1-3-1.md': meta('notstarted'), 'data/indicator_1-3-1.csv': 'Year,Value\n2015,4\n',
  'meta/1-4-1.md': meta('inprogress'),
});
const byId = (id: string) => site.indicators.find((i) => i.id === id)!;

describe('readerStatus', () => {
  it.each([
    ['1-1-1', 'complete', 'complete with values'],
    ['1-2-1', NO_DATA_YET, 'complete, a data file with no values'],
    ['1-2-2', NO_DATA_YET, 'complete, no data file'],
    ['1-3-1', 'notstarted', 'another status keeps its own, data or not'],
    ['1-4-1', 'inprogress', 'another status without data'],
  ])('%s → %s (%s)', (id, expected) => {
    expect(readerStatus(byId(id))).toBe(expected);
  });

  it('counts as "with data" exactly the indicators whose badge says "Reported online"', () => {
    expect(site.indicators.filter(reportedWithData).map((i) => i.id)).toEqual(['1-1-1']);
  });
});

describe('the "no data yet" status in words', () => {
  it.each([
    [[], 'Reported online — no data yet'],
    [[{ value: 'complete', label: 'Published' }], 'Published — no data yet'],
  ])('with the site\'s statuses %o: %s', (statuses, expected) => {
    expect(statusLabel(NO_DATA_YET, statuses)).toBe(expected);
  });

  it('has its own badge class, and comes right after "complete" in summaries', () => {
    expect(statusClass(NO_DATA_YET)).toBe('status-nodata');
    expect(readerStatuses([{ value: 'complete' }, { value: 'inprogress' }, { value: 'own', label: 'Own', custom: true }])).toEqual(['complete', NO_DATA_YET, 'inprogress', 'own']);
  });
});
