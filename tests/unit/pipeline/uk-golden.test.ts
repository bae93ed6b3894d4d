import { beforeAll, describe, expect, it } from 'vitest';
import { loadSite, type SiteModel } from '../../../src/pipeline/index.ts';
import { headlineOf } from '../../../src/pipeline/headline.ts';
import { repositoryFiles } from '../../../src/site/node-files.ts';

/** The bundled UK repository, read whole: the real data must build, and its known quirks must be reported. */
let site: SiteModel;
beforeAll(async () => {
  site = await loadSite({ root: 'data/uk', frameworkRoot: 'data/sdg-framework', languages: ['en'] }, repositoryFiles({ root: 'data/uk', frameworkRoot: 'data/sdg-framework' }));
});

describe('the bundled UK data', () => {
  it('has no error, so the site builds', () => {
    expect(site.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('reports its real quirks as warnings', () => {
    // What the SDMX downloads miss of the UK's mappings is pinned in tests/unit/pipeline/sdmx/.
    const at = (file: string) => site.problems.filter((p) => p.file === file && !p.message.startsWith('SDMX: ')).map((p) => `${p.line}: ${p.message}`);
    expect(at('data/indicator_3-3-5.csv')).toEqual(['1: A blank line comes before the header row; skipped.']);
    expect(at('meta/3-9-1.md')).toEqual(['1: Blank lines come before the opening "---" of the front matter; skipped.']);
    // 11.c.1 is an Open SDG placeholder: listed on the goal page, no page of its own, no status to report.
    expect(at('meta/11-c-1.md')).toEqual([]);
    expect(at('meta/')).toEqual(['1: 2 entries are not read by any input: 6.b.1.xlsx, 8.10.2.xlsx.']);
  });

  it('has 17 goals and every indicator under its goal and target', () => {
    expect(site.goals.map((g) => g.number)).toEqual(Array.from({ length: 17 }, (_, i) => String(i + 1)));
    expect(site.indicators).toHaveLength(248);
    expect(site.goals.flatMap((g) => g.indicatorIds)).toHaveLength(247);
    expect(site.goals[10]!.targets.find((t) => t.id === '11-c')!.indicatorIds).toEqual(['11-c-1']);
    expect(site.indicators.find((i) => i.id === '11-c-1')!.placeholderHtml).toContain('no indicator exists for target 11.c');
    expect(site.goals[0]!.short).toBe('No poverty');
    expect(site.goals[7]!.targets.find((t) => t.id === '8-5')!.indicatorIds).toEqual(['8-5-1', '8-5-2']);
  });

  it('resolves translation keys from the UN framework', () => {
    const ind = site.indicators.find((i) => i.id === '1-2-1')!;
    expect(ind.globalTitle).toBe('Proportion of population living below the national poverty line, by sex and age');
    expect(ind.nationalTitle).toBe('Percentage of the population living in households at risk of poverty, by sex and age');
    expect(ind.status).toBe('complete');
    expect(ind.sources.map((s) => s.organisation)).toEqual(['Eurostat']);
  });

  it('finds the headline of 1.2.1: the totals, 2005 to 2018', () => {
    const [h, ...rest] = headlineOf(site.indicators.find((i) => i.id === '1-2-1')!);
    expect(rest).toEqual([]);
    expect(h!.basis).toBe('totals');
    expect(h!.observations.map((o) => o.year)).toEqual(Array.from({ length: 14 }, (_, i) => String(2005 + i)));
    expect(h!.observations[0]!.value).toBe(19);
  });

  it('falls back to the first combination where there is no total (16.9.1)', () => {
    const [h] = headlineOf(site.indicators.find((i) => i.id === '16-9-1')!);
    expect(h!.basis).toBe('first-values');
    expect(h!.selection).toEqual({ 'Age (default)': 'Under 5 years old' });
  });

  it('reads 8.5.1, the largest file, whole', () => {
    const ind = site.indicators.find((i) => i.id === '8-5-1')!;
    expect(ind.data!.observations.length).toBeGreaterThan(9000);
  });
});
