import { describe, expect, it } from 'vitest';
import { loadSite } from '../../../src/pipeline/index.ts';
import { repositoryFiles } from '../../../src/site/node-files.ts';
import { citizenSentence } from '../../../src/audiences/citizens/summary.ts';
import { keyFigures, releases } from '../../../src/audiences/media/key-figures.ts';
import { chartPoster } from '../../../src/audiences/media/chart-image.ts';
import { SIZES } from '../../../src/audiences/media/poster.ts';
import { apiIndex } from '../../../src/audiences/researchers/api-index.ts';

const BAD = /\b(NaN|undefined|null|Infinity)\b/;

const sites = Object.fromEntries(await Promise.all(['data/uk', 'tests/fixtures/small-repo'].map(async (root) =>
  [root, await loadSite({ root, frameworkRoot: 'data/sdg-framework', languages: ['en'] }, repositoryFiles({ root, frameworkRoot: 'data/sdg-framework' }))] as const)));

describe.each(['data/uk', 'tests/fixtures/small-repo'])('every indicator of %s', (root) => {
  const site = sites[root]!;

  it('gets a sentence, key figures and update lines with no "NaN", "undefined" or "null"', () => {
    const words = site.indicators.flatMap((ind) => [
      citizenSentence(ind)?.text ?? '',
      ...keyFigures(ind).map((f) => f.quote),
      ...releases(ind).flatMap((r) => [r.released ?? '', r.next ?? '']),
    ]);
    expect(words.filter((w) => BAD.test(w))).toEqual([]);
  });

  it('gets publishable charts whose words are all real', () => {
    // Every third indicator keeps this test quick; the e2e scan reads every built page.
    const posters = site.indicators.filter((_, i) => i % 3 === 0).map((ind) => chartPoster(ind, SIZES.article)).filter((s): s is string => s !== null);
    expect(posters.length).toBeGreaterThan(0);
    const texts = posters.flatMap((svg) => [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!));
    expect(texts.filter((w) => BAD.test(w))).toEqual([]);
  });

  it('is listed in the API index with a last year only where it has values', () => {
    const index = apiIndex(site, 'https://sdg.example');
    expect(index.indicators.map((i) => i.id)).toEqual(site.indicators.map((i) => i.id));
    for (const i of index.indicators) expect(i.lastYear === null || i.lastYear.length > 0).toBe(true);
  });
});
