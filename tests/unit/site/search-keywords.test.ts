/** Search finds an indicator by its number as typed and by the concepts its texts use, from metadata kept out of excerpts. */
import { describe, expect, it } from 'vitest';
import { indicatorsUsing, parseConcepts } from '../../../src/editorial/concepts.ts';
import { keywordsMeta, searchKeywords } from '../../../src/site/search-keywords.ts';
import { siteOf } from '../pipeline/fixture-repo.ts';

const concept = (term: string, aliases: string[]) =>
  `term: ${term}\naliases: [${aliases.join(', ')}]\nplain: A plain definition.\ntechnical: A technical definition.\nsource:\n  name: Glossary\n`;
const { concepts, problems } = parseConcepts([
  { path: 'content/concepts/pay-gap.yml', text: concept('Pay gap', ['pay gaps', 'gender pay gap']) },
  { path: 'content/concepts/median.yml', text: concept('Median', ['medians']) },
]);
const site = await siteOf({
  'meta/8-5-1.md': '---\nindicator_name: Average hourly earnings of female and male employees\nreporting_status: complete\n---\nDisability pay gaps are published elsewhere.\n',
  'meta/1-2-1.md': '---\nindicator_name: Median income\nreporting_status: complete\n---\n',
});
const use = indicatorsUsing(concepts, site.indicators);
const keywords = (id: string) => searchKeywords(site.indicators.find((i) => i.id === id)!, concepts, use);

describe('search keywords', () => {
  it('reads the concept files', () => expect(problems).toEqual([]));

  it.each([
    ['8-5-1', ['8.5.1', '8-5-1', '851', 'Pay gap', 'pay gaps', 'gender pay gap']],
    ['1-2-1', ['1.2.1', '1-2-1', '121', 'Median', 'medians']],
  ])('%s: its number three ways, and the terms and aliases of the concepts it uses', (id, expected) => {
    expect(keywords(id)).toEqual(expected);
  });

  it('are Pagefind inline metadata under one key', () => {
    expect(keywordsMeta(['8.5.1', 'gender pay gap'])).toBe('keywords:8.5.1, gender pay gap');
  });
});
