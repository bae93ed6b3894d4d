import { describe, expect, it } from 'vitest';
import { headlineSentence } from '../../../src/audiences/sentence.ts';
import { headlineOf } from '../../../src/pipeline/headline.ts';
import { siteOf } from '../pipeline/fixture-repo.ts';

/** One indicator 1.2.1 built through the real pipeline from a CSV and optional extra metadata lines. */
async function sentenceOf(csv: string, meta = 'computation_units: Percentage (%)') {
  const md = `---\nindicator_number: 1.2.1\nindicator_name: global_indicators.1-2-1-title\nreporting_status: complete\ngraph_type: line\n${meta}\n---\n`;
  const site = await siteOf({ 'data/indicator_1-2-1.csv': csv, 'meta/1-2-1.md': md });
  const ind = site.indicators.find((i) => i.id === '1-2-1')!;
  return headlineSentence(ind, headlineOf(ind));
}

const cases: [string, string, string, string?][] = [
  ['falling, from the 2015 baseline', 'Year,Units,Value\n2013,Percentage (%),16.2\n2015,Percentage (%),15.1\n2018,Percentage (%),14.8\n2021,Percentage (%),12.4\n',
    'In 2021, the figure was 12.4%, down from 15.1% in 2015.'],
  ['rising, from the first year when 2015 is absent', 'Year,Value\n2017,1200\n2019,1350\n2022,15230\n',
    'In 2022, the figure was 15,230, up from 1,200 in 2017.', 'computation_units: Number'],
  ['flat once rounded as shown', 'Year,Units,Value\n2015,Percentage (%),38\n2019,Percentage (%),38\n',
    'In 2019, the figure was 38%, the same as in 2015.'],
  ['one year', 'Year,Units,Value\n2018,Percentage (%),87\n',
    'In 2018, the figure was 87%. This is the only year with data so far.'],
  ['text years ordered by their first number', 'Year,Units,Value\n2021/22,Percentage (%),7.8\n2015/16,Percentage (%),19.6\n2018/19,Percentage (%),11.0\n',
    'In 2021/22, the figure was 7.8%, down from 19.6% in 2015/16.'],
  ['several series and units: the first series, named', 'Year,Series,Units,Value\n2015,Maternal mortality rate,"Rate per 100,000 maternities",9.19\n2020,Maternal mortality rate,"Rate per 100,000 maternities",10.90\n2015,Live births,Number,650000\n2020,Live births,Number,613936\n',
    'In 2020, the figure for Maternal mortality rate was 10.90 per 100,000 maternities, up from 9.19 per 100,000 maternities in 2015.', 'computation_units: Rate per 100,000 maternities, Number'],
  ['missing values are skipped, not read as zero', 'Year,Units,Value\n2015,Percentage (%),15.1\n2016,Percentage (%),\n2017,Percentage (%),14.2\n2018,Percentage (%),\n',
    'In 2017, the figure was 14.2%, down from 15.1% in 2015.'],
  ['pounds with a unit multiplier said once', 'Year,Units,Unit multiplier,Value\n2015,GBP (£ thousands),Thousands,299292\n2021,GBP (£ thousands),Thousands,90727\n',
    'In 2021, the figure was £90,727 thousand, down from £299,292 thousand in 2015.', 'computation_units: GBP (£ thousands)'],
  ['precision from metadata', 'Year,Units,Value\n2015,Percentage (%),15.123\n2021,Percentage (%),12.4\n',
    'In 2021, the figure was 12.40%, down from 15.12% in 2015.', 'computation_units: Percentage (%)\nprecision: 2'],
  ['better, only because the metadata says lower is desirable', 'Year,Units,Value\n2015,Percentage (%),15.1\n2021,Percentage (%),12.4\n',
    'In 2021, the figure was 12.4%, down from 15.1% in 2015. This is a change for the better.', 'computation_units: Percentage (%)\ndesirable_direction: down'],
  ['worse, only because the metadata says higher is desirable', 'Year,Units,Value\n2015,Percentage (%),15.1\n2021,Percentage (%),12.4\n',
    'In 2021, the figure was 12.4%, down from 15.1% in 2015. This is a change for the worse.', 'computation_units: Percentage (%)\ndata_desirable_direction: increase'],
  ['no total: the first breakdown', 'Year,Sex,Units,Value\n2015,Female,Percentage (%),16.0\n2020,Female,Percentage (%),17.5\n2015,Male,Percentage (%),14.0\n',
    'In 2020, the figure was 17.5%, up from 16.0% in 2015.'],
];

describe('headline sentence', () => {
  it.each(cases)('%s', async (_name, csv, expected, meta) => {
    expect((await sentenceOf(csv, meta)).text).toBe(expected);
  });

  it('falls back to plain words when every value is blank', async () => {
    const s = await sentenceOf('Year,Units,Value\n2015,Percentage (%),\n2016,Percentage (%),\n');
    expect(s).toEqual({ kind: 'fallback', text: 'These data cannot be summed up in one sentence; the table and the downloads give every value.' });
  });

  it('never says better or worse without a stated direction', async () => {
    expect((await sentenceOf('Year,Value\n2015,1\n2021,2\n')).text).not.toMatch(/better|worse/);
  });
});
