/**
 * What the SDMX export reports, one fixture per problem (tests/fixtures/sdmx-out/cases), the exact words pinned,
 * with the SDMX-CSV each one gives: nothing unmapped is dropped, and a row is left out only when its SDMX key
 * repeats an earlier row's with another value.
 */
import { describe, expect, it } from 'vitest';
import { sdmxCsv } from '../../../../src/pipeline/sdmx/write-csv.ts';
import { csvRepo, dsdRepo, out, sdmxLines } from './sdmx-fixture.ts';

const F = 'data/indicator_1-2-1.csv';
const CASES: [string, string[], string[]][] = [
  ['all-mapped', [], [
    'STRUCTURE,STRUCTURE_ID,SEX,AGE,UNIT_MEASURE,TIME_PERIOD,OBS_VALUE',
    'dataflow,NSO:1-2-1(1.0),_T,_T,PT,2015,15.1',
    'dataflow,NSO:1-2-1(1.0),F,_T,PT,2015,16',
    'dataflow,NSO:1-2-1(1.0),M,Y0T4,PT,2015,14.2',
    'dataflow,NSO:1-2-1(1.0),_T,_T,PT,2016,-3.5',
    'dataflow,NSO:1-2-1(1.0),F,_T,PT,2016,',
  ]],
  ['unmapped-column', [
    `${F}:1: warning: SDMX: columns "Country of birth", "Region" have no SDMX concept in column_mapping.csv; exported as "Country_of_birth", "Region". Hint: Map them to SDMX concepts in column_mapping.csv, one line per column such as "Country of birth,<CONCEPT>".`,
  ], [
    'STRUCTURE,STRUCTURE_ID,SEX,Country_of_birth,Region,TIME_PERIOD,OBS_VALUE',
    'dataflow,NSO:1-2-1(1.0),_T,_T,_T,2015,15.1',
    'dataflow,NSO:1-2-1(1.0),F,Outside the UK,North East,2015,16',
  ]],
  ['unmapped-value', [
    `${F}:4: warning: SDMX: column "Sex" (SEX): 2 values have no code in code_mapping.csv: "Other", "Not known"; exported as written. Hint: Add a line per value to code_mapping.csv (e.g. "Other,SEX,<code>").`,
    `${F}:5: warning: SDMX: column "Units" (UNIT_MEASURE): 1 value has no code in code_mapping.csv: "Number"; exported as written. Hint: Add a line per value to code_mapping.csv (e.g. "Number,UNIT_MEASURE,<code>").`,
  ], [
    'STRUCTURE,STRUCTURE_ID,SEX,UNIT_MEASURE,TIME_PERIOD,OBS_VALUE',
    'dataflow,NSO:1-2-1(1.0),_T,PT,2015,15.1',
    'dataflow,NSO:1-2-1(1.0),F,PT,2015,16',
    'dataflow,NSO:1-2-1(1.0),Other,PT,2015,2',
    'dataflow,NSO:1-2-1(1.0),Not known,Number,2016,3',
    'dataflow,NSO:1-2-1(1.0),Other,PT,2016,2.5',
  ]],
  ['non-sdmx-year', [
    `${F}:3: warning: SDMX: 3 years are not SDMX time periods (such as 2015, 2015-Q1 or 2015-04-01/P1Y): "2015/16", "2016/17", "2021/22 [Note 5]"; exported as written. Hint: Write years as SDMX does (a financial year 2021/22 as 2021-04-01/P1Y) if SDMX tools must read them as dates; notes belong in COMMENT_OBS.`,
  ], [
    'STRUCTURE,STRUCTURE_ID,TIME_PERIOD,OBS_VALUE',
    'dataflow,NSO:1-2-1(1.0),2015,1',
    'dataflow,NSO:1-2-1(1.0),2015/16,2',
    'dataflow,NSO:1-2-1(1.0),2016/17,3',
    'dataflow,NSO:1-2-1(1.0),2021/22 [Note 5],4',
    'dataflow,NSO:1-2-1(1.0),2017-Q1,5',
  ]],
  // "Under 5" and "Under 5 years old" are both Y0T4: 2015 has two values for one key (the first is kept, the
  // other named); 2016 has the same value twice, which loses nothing and is said nowhere.
  ['conflicting-duplicate', [
    `${F}:3: warning: SDMX: this row has the same SDMX key as line 2 (AGE=Y0T4, TIME_PERIOD=2015); only line 2 is in the SDMX downloads. Hint: Map the values that tell the two rows apart to different codes (code_mapping.csv), or give the column its own concept.`,
  ], [
    'STRUCTURE,STRUCTURE_ID,AGE,TIME_PERIOD,OBS_VALUE',
    'dataflow,NSO:1-2-1(1.0),Y0T4,2015,1.5',
    'dataflow,NSO:1-2-1(1.0),Y0T4,2016,2.5',
  ]],
  ['column-clash', [
    `${F}:1: warning: SDMX: column "Age (default)" maps to AGE, as column "Age" does; exported as "Age_default". Hint: Map one of the two columns to another concept in column_mapping.csv.`,
  ], [
    'STRUCTURE,STRUCTURE_ID,AGE,Age_default,TIME_PERIOD,OBS_VALUE',
    'dataflow,NSO:1-2-1(1.0),Y0T4,_T,2015,1',
    'dataflow,NSO:1-2-1(1.0),_T,Under 5,2015,2',
  ]],
  // Through the one CSV writer: a formula gets its apostrophe, a comma its quotes, a negative number stays a number.
  ['formula-and-quote', [
    `${F}:1: warning: SDMX: column "Region" has no SDMX concept in column_mapping.csv; exported as "Region". Hint: Map it to SDMX concepts in column_mapping.csv, one line per column such as "Region,<CONCEPT>".`,
  ], [
    'STRUCTURE,STRUCTURE_ID,Region,TIME_PERIOD,OBS_VALUE',
    'dataflow,NSO:1-2-1(1.0),"\'=HYPERLINK(""http://x"")",2015,1',
    'dataflow,NSO:1-2-1(1.0),"North, East",2015,2',
    'dataflow,NSO:1-2-1(1.0),"\'-",2015,-3',
  ]],
];

describe('the SDMX export of a repository with column_mapping.csv and code_mapping.csv', () => {
  it.each(CASES)('%s', async (name, lines, csv) => {
    const site = await csvRepo(out(`cases/${name}.csv`));
    expect(sdmxLines(site)).toEqual(lines);
    expect(sdmxCsv(site.sdmx!.flows).trimEnd().split('\n')).toEqual(csv);
  });

  it('reads as warnings of a few kinds in the report\'s summary', async () => {
    const site = await csvRepo(out('cases/unmapped-value.csv'));
    expect(new Set(site.problems.filter((p) => p.message.startsWith('SDMX: ')).map((p) => p.kind))).toEqual(new Set(['SDMX: values with no code in the code mapping, exported as written']));
  });
});

describe('a repository without mapping files', () => {
  it('gets its columns under their own names, with no warning per file', async () => {
    const site = await csvRepo(out('cases/unmapped-value.csv'), { mapping: false });
    expect(sdmxLines(site)).toEqual([]);
    expect(sdmxCsv(site.sdmx!.flows).trimEnd().split('\n')).toEqual([
      'STRUCTURE,STRUCTURE_ID,Sex,UNIT_MEASURE,TIME_PERIOD,OBS_VALUE',
      'dataflow,NSO:1-2-1(1.0),_T,Percentage (%),2015,15.1',
      'dataflow,NSO:1-2-1(1.0),Female,Percentage (%),2015,16',
      'dataflow,NSO:1-2-1(1.0),Other,Percentage (%),2015,2',
      'dataflow,NSO:1-2-1(1.0),Not known,Number,2016,3',
      'dataflow,NSO:1-2-1(1.0),Other,Percentage (%),2016,2.5',
    ]);
  });

  it('takes its agency and the code for "no area" from sdg-portal.yml', async () => {
    const site = await csvRepo('Year,GeoCode,Value\n2015,,1\n2015,E06000001,2\n', { mapping: false, extra: { 'sdg-portal.yml': 'sdmx:\n  agency: ONS\n  ref_area: GB\n' } });
    expect(sdmxCsv(site.sdmx!.flows).trimEnd().split('\n')).toEqual([
      'STRUCTURE,STRUCTURE_ID,REF_AREA,TIME_PERIOD,OBS_VALUE',
      'dataflow,ONS:1-2-1(1.0),GB,2015,1',
      'dataflow,ONS:1-2-1(1.0),E06000001,2015,2',
    ]);
  });

  it('refuses an agency that is not an SDMX id, at its line', async () => {
    const site = await csvRepo('Year,Value\n2015,1\n', { mapping: false, extra: { 'sdg-portal.yml': 'sdmx:\n  agency: Office for National Statistics\n' } });
    expect(site.problems.filter((p) => p.file === 'sdg-portal.yml').map((p) => `${p.line}: ${p.message}`)).toEqual([
      '2: sdmx.agency: expected an SDMX id: letters, digits, _ and -, starting with a letter (e.g. ONS or KG_NSC).',
    ]);
  });
});

describe('a repository whose SDMX-ML input declares a DSD', () => {
  it('exports the codes the messages had (names read back, the blank REF_AREA back to KG, one-valued columns restored) and names a code outside its codelist', async () => {
    const site = await dsdRepo(out('dsd/not-in-codelist.xml'));
    expect(sdmxLines(site)).toEqual([
      'data/1.1.1.xml:25: warning: SDMX: REF_AREA code "KG09" is not in the DSD\'s codelist CL_AREA; exported as written. Hint: Use a code of CL_AREA (SDG_DSD.xml), map the value in code_mapping.csv, or add the code to the DSD.',
    ]);
    expect(sdmxCsv(site.sdmx!.flows).trimEnd().split('\n')).toEqual([
      'STRUCTURE,STRUCTURE_ID,SERIES,REF_AREA,SEX,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,OBS_STATUS,COMMENT_OBS',
      'dataflow,TEST:1-1-1(1.0),SI_POV_DAY1,KG,F,2015,1.5,PT,A,',
      'dataflow,TEST:1-1-1(1.0),SI_POV_DAY1,KG,F,2016,1.25,PT,E,Survey estimate',
      'dataflow,TEST:1-1-1(1.0),SI_POV_DAY1,KG,M,2015,2.5,PT,A,',
      'dataflow,TEST:1-1-1(1.0),SI_POV_DAY1,KG,M,2016,2,PT,A,',
      'dataflow,TEST:1-1-1(1.0),SI_POV_DAY1,KG02,_T,2016,3.75,PT,A,',
      'dataflow,TEST:1-1-1(1.0),SI_POV_DAY1,KG09,F,2016,4.25,PT,A,',
      'dataflow,TEST:1-3-1-a(1.0),KG_SOC_PEN,KG,_T,2015,612000,NUMBER,A,',
      'dataflow,TEST:1-3-1-a(1.0),KG_SOC_PEN,KG,_T,2016,631500,NUMBER,A,',
    ]);
    expect(site.sdmx!.declaredDsd).toBe(true);
    expect(site.sdmx!.flows.map((f) => `${f.ref.id} → ${f.dsd.agency}:${f.dsd.id}(${f.dsd.version})`)).toEqual(['1-1-1 → TEST:SDG(1.1)', '1-3-1-a → TEST:SDG(1.1)']);
  });
});
