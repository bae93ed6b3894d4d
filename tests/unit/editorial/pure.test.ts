import { describe, expect, it } from 'vitest';
import { linkConcepts } from '../../../src/editorial/concept-link.ts';
import type { Concept } from '../../../src/editorial/concepts.ts';
import { isUpcoming, parseReleaseDate, showRelease } from '../../../src/editorial/release-dates.ts';
import { byLetter } from '../../../src/editorial/a-to-z.ts';
import { buildDate } from '../../../src/editorial/today.ts';

const concept = (slug: string, term: string, aliases: string[] = []): Concept => ({
  slug, term, aliases, plainHtml: `Plain ${term} &amp; more.`, plainText: `Plain ${term} & more.`, technicalHtml: '', source: { name: 'x' }, related: [], file: `${slug}.yml`,
});
const concepts = [concept('median', 'Median', ['medians']), concept('per-100000', 'Rate per 100,000 population', ['per 100,000']), concept('rate', 'Rate')];

describe('parseReleaseDate', () => {
  const cases: [string, string | undefined, string][] = [
    ['11/03/2020', '2020-03-11', '11 March 2020'],
    ['28 September 2023', '2023-09-28', '28 September 2023'],
    ['March 2024', '2024-03-01', 'March 2024'],
    ['February 2024 (provisional)', '2024-02-01', 'February 2024 (provisional)'],
    ['TBC', undefined, 'TBC'],
    ['Autumn 2023', undefined, 'Autumn 2023'],
    ['November to December 2023', undefined, 'November to December 2023'],
    ['31/02/2020', undefined, '31/02/2020'],
    ['See source link', undefined, 'See source link'],
  ];
  it.each(cases)('%s', (text, iso, shown) => {
    const r = parseReleaseDate(text);
    expect(r.date?.toISOString().slice(0, 10)).toBe(iso);
    expect(showRelease(r)).toBe(shown);
  });

  it('counts a month as upcoming until it ends', () => {
    const today = new Date('2024-03-20T00:00:00Z');
    expect(isUpcoming(parseReleaseDate('March 2024'), today)).toBe(true);
    expect(isUpcoming(parseReleaseDate('19/03/2024'), today)).toBe(false);
    expect(isUpcoming(parseReleaseDate('20/03/2024'), today)).toBe(true);
    expect(isUpcoming(parseReleaseDate('TBC'), today)).toBe(false);
  });

  it('takes "today" from BUILD_DATE when set', () => {
    expect(buildDate({ BUILD_DATE: '2023-08-01' }).toISOString()).toBe('2023-08-01T00:00:00.000Z');
    expect(buildDate({}, new Date('2025-01-02T15:00:00Z')).toISOString()).toBe('2025-01-02T00:00:00.000Z');
  });
});

describe('linkConcepts', () => {
  it('links the first mention only, longest term first, skipping links and headings', () => {
    const linked = new Set<string>();
    const html = linkConcepts('<h3>Median</h3><p>The <a href="/x">median</a> rate per 100,000 population; the median again &amp; a <b>Rate</b>.</p>', concepts, linked);
    expect(html).toBe(
      '<h3>Median</h3><p>The <a href="/x">median</a> ' +
      '<span class="concept-ref"><a class="concept-link" href="/concepts/per-100000/" aria-describedby="tip-per-100000">rate per 100,000 population</a><span class="concept-tip" role="tooltip" id="tip-per-100000" data-pagefind-ignore=""><strong>Rate per 100,000 population:</strong> Plain Rate per 100,000 population &amp; more.</span></span>' +
      '; the <span class="concept-ref"><a class="concept-link" href="/concepts/median/" aria-describedby="tip-median">median</a><span class="concept-tip" role="tooltip" id="tip-median" data-pagefind-ignore=""><strong>Median:</strong> Plain Median &amp; more.</span></span>' +
      ' again &amp; a <b><span class="concept-ref"><a class="concept-link" href="/concepts/rate/" aria-describedby="tip-rate">Rate</a><span class="concept-tip" role="tooltip" id="tip-rate" data-pagefind-ignore=""><strong>Rate:</strong> Plain Rate &amp; more.</span></span></b>.</p>',
    );
    expect([...linked]).toEqual(['per-100000', 'median', 'rate']);
    expect(linkConcepts('<p>medians and rates</p>', concepts, linked)).toBe('<p>medians and rates</p>');
  });

  it('leaves text without a known term untouched', () => {
    expect(linkConcepts('<p>Nothing &lt;here&gt;</p>', concepts, new Set())).toBe('<p>Nothing &lt;here&gt;</p>');
  });
});

describe('byLetter', () => {
  it('groups concepts A–Z', () => {
    expect(byLetter(concepts).map((g) => [g.letter, g.concepts.map((c) => c.slug)])).toEqual([['M', ['median']], ['R', ['per-100000', 'rate']]]);
  });
});

describe('contentDirs', () => {
  it('uses CONTENT_DIR, else content/; leaves the bundled stories out for another data repository', async () => {
    const { contentDirs } = await import('../../../src/site/content-dirs.ts');
    const { resolve } = await import('node:path');
    expect(contentDirs({ CONTENT_DIR: 'x' })).toEqual({ concepts: resolve('x/concepts'), stories: resolve('x/stories') });
    expect(contentDirs({})).toEqual({ concepts: resolve('content/concepts'), stories: resolve('content/stories') });
    const other = contentDirs({ SDG_DATA_DIR: 'tests/fixtures/small-repo' });
    expect(other.stories).toBeUndefined();
    expect(other.note).toBe('Stories left out: content/stories is written for the bundled data; set CONTENT_DIR to a folder with your own stories/ and concepts/.');
  });
});

describe('formatKeyValue', () => {
  it.each([[27.995, '28.0'], [0.452, '0.45'], [34, '34'], [426.5, '426.5'], [813.396, '813.4'], [4.2398, '4.24'], [12345.6, '12,345.6'], [0.1, '0.1']])('%s → %s', async (value, shown) => {
    const { formatKeyValue } = await import('../../../src/editorial/story-figures.ts');
    expect(formatKeyValue(value)).toBe(shown);
  });
});
