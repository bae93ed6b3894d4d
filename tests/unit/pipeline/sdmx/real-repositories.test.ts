/**
 * Kazakhstan's and Kyrgyzstan's real repositories as SDMX, as they are. Kyrgyzstan declares a DSD: every dataflow
 * uses it, the codes its messages had come back (KG for the blank REF_AREA, the one-valued columns restored), and
 * the one code outside its codelist is named. Kazakhstan has no mapping files: its columns keep their names, with
 * no warning, and every observation is exported.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSite, type SiteModel } from '../../../../src/pipeline/index.ts';
import { formatProblem } from '../../../../src/pipeline/problems.ts';
import { sdmxCsv } from '../../../../src/pipeline/sdmx/write-csv.ts';
import { repositoryFiles } from '../../../../src/site/node-files.ts';
import { READERS } from '../../../../src/site/readers.ts';
import { SHARED_DATASETS, dataset } from '../../../datasets.ts';

const load = (name: 'kazakhstan' | 'kyrgyzstan') => {
  const at = { root: dataset(name), frameworkRoot: 'data/sdg-framework' };
  return loadSite(at, repositoryFiles(at), READERS);
};
const sdmxProblems = (site: SiteModel) => site.problems.filter((p) => p.message.startsWith('SDMX: '));
const observations = (site: SiteModel) => site.indicators.reduce((n, i) => n + ((i.rawData ?? i.data)?.observations.length ?? 0), 0);
const exported = (site: SiteModel) => site.sdmx!.flows.reduce((n, f) => n + f.rows.length, 0);

describe.skipIf(!SHARED_DATASETS)('Kyrgyzstan as SDMX (its own DSD, SDG_DSD.KG_1.8.xml)', () => {
  let site: SiteModel;
  beforeAll(async () => { site = await load('kyrgyzstan'); }, 120_000);

  it('makes every indicator with data a dataflow of KG_NSC:SDG(1.8), no observation left out', () => {
    expect(site.sdmx!.declaredDsd).toBe(true);
    expect(site.sdmx!.flows).toHaveLength(197);
    expect(new Set(site.sdmx!.flows.map((f) => `${f.dsd.agency}:${f.dsd.id}(${f.dsd.version})`))).toEqual(new Set(['KG_NSC:SDG(1.8)']));
    expect(exported(site)).toBe(observations(site));
  });

  it('writes the codes the SDMX-ML messages had', () => {
    const lines = sdmxCsv(site.sdmx!.flows.filter((f) => f.indicator === '1-2-1')).split('\n');
    expect(lines[0]).toBe('STRUCTURE,STRUCTURE_ID,FREQ,REPORTING_TYPE,SERIES,REF_AREA,SEX,AGE,URBANISATION,INCOME_WEALTH_QUANTILE,EDUCATION_LEV,OCCUPATION,CUST_BREAKDOWN,COMPOSITE_BREAKDOWN,DISABILITY_STATUS,ACTIVITY,PRODUCT,TIME_PERIOD,OBS_VALUE,OBS_STATUS,UNIT_MULT,UNIT_MEASURE,NATURE,TIME_DETAIL');
    expect(lines[1]).toBe('dataflow,KG_NSC:1-2-1(1.0),A,N,SI_POV_NAHC,KG,_T,_T,_T,_T,_T,_T,_T,_T,_T,_T,_T,2007,35,A,0,PT,C,2007');
  });

  it('names each code outside its codelists: one in an SDMX-ML message, and the labels its CSVs hold under the DSD\'s Russian concept names', () => {
    const problems = sdmxProblems(site);
    const outside = problems.filter((p) => p.message.includes('codelist')).map((p) => formatProblem(p));
    expect(outside).toHaveLength(20);
    expect(outside).toContain('data/17.6.1.xml:49: warning: SDMX: COMPOSITE_BREAKDOWN code "IS_GE10M" is not in the DSD\'s codelist CL_COMP_BREAKDOWN; exported as written. Hint: Use a code of CL_COMP_BREAKDOWN (SDG_DSD.KG_1.8.xml), map the value in code_mapping.csv, or add the code to the DSD.');
    // "Пол" is the DSD's Russian name of SEX: the column is SEX, and "Женский" (the codelist says "Женщины") is named.
    expect(outside).toContain('data/4-1-2.csv:10: warning: SDMX: SEX code "Женский" is not in the DSD\'s codelist CL_SEX; exported as written. Hint: Use a code of CL_SEX (SDG_DSD.KG_1.8.xml), map the value in code_mapping.csv, or add the code to the DSD.');
    expect(problems.filter((p) => !p.message.includes('codelist')).map((p) => p.file)).toEqual(['data/1-4-1.csv', 'data/1-5-4.csv', 'data/4-1-2.csv', 'data/10-3-1.csv', 'data/11-b-2.csv', 'data/15-1-2.csv']);
  });

  it('names the dataflows in every language the site publishes', () => {
    const flow = site.sdmx!.flows.find((f) => f.indicator === '1-2-1')!;
    expect([...flow.names.keys()]).toEqual(['ru', 'en', 'ky']);
    expect(flow.names.get('en')).toBe('1.2.1 Proportion of population living below the national poverty line, by sex and age');
  });
});

describe.skipIf(!SHARED_DATASETS)('Kazakhstan as SDMX (no mapping files)', () => {
  let site: SiteModel;
  beforeAll(async () => { site = await load('kazakhstan'); }, 120_000);

  it('exports every observation of its 206 indicators with data, with no warning', () => {
    expect(site.sdmx!.flows).toHaveLength(206);
    expect(sdmxProblems(site).map((p) => formatProblem(p))).toEqual([]);
    // 8.5.1 writes some totals twice (a blank and a _T, same value): each is one SDMX observation.
    expect(exported(site)).toBe(observations(site) - 18);
  });
});
