/**
 * Two NSOs' real Open SDG repositories (../shared/datasets) read exactly as they are, with no setting but
 * their own configuration. The counts per input are pinned, so a reader that silently skips files fails;
 * every indicator with values gets a chart whose SVG is well-formed XML.
 */
import { SaxesParser } from 'saxes';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSite, type SiteModel } from '../../../src/pipeline/index.ts';
import { headlineChart } from '../../../src/site/headline-chart.ts';
import { renderChartSvg } from '../../../src/charts/render-svg.ts';
import { repositoryFiles } from '../../../src/site/node-files.ts';
import { READERS } from '../../../src/site/readers.ts';
import { inputsReport } from '../../../src/site/report.ts';
import { SHARED_DATASETS, dataset } from '../../datasets.ts';


const expected = {
  kazakhstan: {
    inputs: [
      '  InputYamlMeta indicator-config/*.yml: metadata for 277 indicators',
      '  InputYamlMeta meta/*.yml: metadata for 277 indicators',
      '  InputCsvData data/*.csv: 206 indicators with data',
    ],
    indicators: 277, national: 44, languages: ['ru', 'kk', 'en'],
  },
  kyrgyzstan: {
    inputs: [
      '  InputSdmxMl_Multiple data/*.xml: 190 indicators with data',
      '  InputCsvData data/*-*.csv: 8 indicators with data',
      '  InputYamlMdMeta indicator_settings/*-*.md: metadata for 326 indicators, 104 translated (en)',
      '  InputExcelMeta meta/*-*.xlsx: metadata for 178 indicators, 169 translated (en)',
    ],
    indicators: 327, national: 81, languages: ['ru', 'en', 'ky'],
  },
};

function wellFormed(svg: string): string | undefined {
  const parser = new SaxesParser();
  try {
    parser.write(svg).close();
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

describe.skipIf(!SHARED_DATASETS).each(Object.entries(expected))('%s, as it is', (name, want) => {
  let site: SiteModel;
  beforeAll(async () => {
    site = await loadSite({ root: dataset(name as 'kazakhstan' | 'kyrgyzstan'), frameworkRoot: 'data/sdg-framework' }, repositoryFiles({ root: dataset(name as 'kazakhstan' | 'kyrgyzstan'), frameworkRoot: 'data/sdg-framework' }), READERS);
  }, 60_000);

  it('has no error, and reads what each configured input names', () => {
    expect(site.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(inputsReport(site).split('\n')).toEqual(want.inputs);
    expect(site.languages).toEqual(want.languages);
  });

  it('lists every indicator, national ones under their goal and target', () => {
    expect(site.indicators).toHaveLength(want.indicators);
    const national = site.indicators.filter((i) => i.national);
    expect(national).toHaveLength(want.national);
    for (const ind of national) {
      const target = site.goals.find((g) => g.number === ind.goal)?.targets.find((t) => t.id === ind.target);
      expect(target?.indicatorIds, `${ind.id} under ${ind.target}`).toContain(ind.id);
    }
  });

  it('gives every indicator with values a chart whose SVG is well-formed', () => {
    const withValues = site.indicators.filter((i) => i.data?.observations.some((o) => o.value !== null));
    expect(withValues.length).toBeGreaterThan(150);
    const broken = withValues.flatMap((ind) => {
      const chart = headlineChart(ind);
      if (!chart) return [`${ind.id}: no chart`];
      const problem = wellFormed(renderChartSvg(chart.kind, chart.input));
      return problem ? [`${ind.id}: ${problem}`] : [];
    });
    expect(broken).toEqual([]);
  }, 60_000);

  it('says how many warnings of each kind in a summary that fits on one screen', async () => {
    const { summarizeProblems } = await import('../../../src/pipeline/problems.ts');
    expect(summarizeProblems(site.problems).length).toBeLessThanOrEqual(12);
  });
});
