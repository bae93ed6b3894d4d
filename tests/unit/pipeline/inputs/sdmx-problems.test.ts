import { describe, expect, it } from 'vitest';
import { readSdmxMlMultiple, readSdmxMlStructureSpecific } from '../../../../src/pipeline/inputs/sdmx-ml.ts';
import type { InputReader } from '../../../../src/pipeline/inputs/types.ts';
import { runInput, sdmxFixture } from '../../../fixtures/sdmx/harness.ts';

/**
 * One fixture (or one option) per problem, in an otherwise good repository: the DSD at SDG_DSD.xml and
 * the input's entry at config_data.yml:3. Each report is pinned word for word: it is what a user reads.
 */
const DSD = sdmxFixture('dsd.xml');
const GOOD = sdmxFixture('structure-specific.xml');
const p = (name: string) => sdmxFixture(`problems/${name}`);
const BASE = { path_pattern: 'data/*.xml', dsd: 'SDG_DSD.xml' };

const cases: { name: string; reader?: InputReader; options?: Record<string, unknown>; files: Record<string, string | null>; report: string[]; observations?: number }[] = [
  {
    name: 'malformed XML, at the parser\'s line',
    files: { 'data/1.1.1.xml': p('malformed.xml'), 'data/2.xml': GOOD },
    report: ['data/1.1.1.xml:12: error: Malformed XML: unquoted attribute value. Hint: Fix the markup at this line (every tag closed, attribute values quoted), or export the file again.'],
    observations: 7,
  },
  {
    name: 'malformed DSD',
    files: { 'SDG_DSD.xml': p('dsd-malformed.xml'), 'data/1.1.1.xml': GOOD },
    report: ['SDG_DSD.xml:7: error: Malformed XML: unexpected close tag. Hint: Fix the markup at this line (every tag closed, attribute values quoted), or export the file again.'],
    observations: 0,
  },
  {
    name: 'a DSD file without a data structure',
    files: { 'SDG_DSD.xml': p('dsd-no-structure.xml'), 'data/1.1.1.xml': GOOD },
    report: ['SDG_DSD.xml:1: error: No data structure definition in this file: expected a <DataStructure> element. Hint: Use the data structure definition (DSD) file here, not a codelist or data file.'],
    observations: 0,
  },
  {
    name: 'an empty DSD file',
    files: { 'SDG_DSD.xml': p('empty-file.xml'), 'data/1.1.1.xml': GOOD },
    report: ['SDG_DSD.xml:1: error: The DSD file is empty: expected an SDMX-ML 2.1 structure message. Hint: Use the data structure definition (DSD) the data files were made with.'],
    observations: 0,
  },
  {
    name: 'missing DSD file',
    options: { ...BASE, dsd: 'sdmx/SDG_DSD_1.8.xml' },
    files: { 'data/1.1.1.xml': GOOD },
    report: ['config_data.yml:3: error: Option "dsd": file "sdmx/SDG_DSD_1.8.xml" does not exist. Hint: Check the path, which is relative to the repository root.'],
    observations: 0,
  },
  {
    name: 'DSD given as a URL with no copy in the repository',
    options: { ...BASE, dsd: 'https://example.org/structure/KG_DSD_1.8.xml' },
    files: { 'data/1.1.1.xml': GOOD },
    report: ['config_data.yml:3: warning: Option "dsd" is a URL, which is not fetched, and no file "KG_DSD_1.8.xml" is in the repository; nothing read. Hint: Add the file to the repository and set dsd to its path.'],
    observations: 0,
  },
  {
    name: 'no dsd option and no SDG_DSD.xml',
    options: { path_pattern: 'data/*.xml' },
    files: { 'SDG_DSD.xml': null, 'sdmx/dsd.xml': DSD, 'data/1.1.1.xml': GOOD },
    report: ['config_data.yml:3: warning: Option "dsd" is missing and no SDG_DSD.xml is in the repository; nothing read. Hint: Add the DSD the data files were made with, and set dsd to its path.'],
    observations: 0,
  },
  {
    name: 'missing data file (source)',
    reader: readSdmxMlStructureSpecific,
    options: { source: 'data/1.1.1.xml', dsd: 'SDG_DSD.xml' },
    files: { 'data/1.2.1.xml': GOOD },
    report: ['config_data.yml:3: error: Option "source": file "data/1.1.1.xml" does not exist. Hint: Check the path, which is relative to the repository root.'],
    observations: 0,
  },
  {
    name: 'path_pattern missing',
    options: { dsd: 'SDG_DSD.xml' },
    files: { 'data/1.1.1.xml': GOOD },
    report: ['config_data.yml:3: error: Option "path_pattern" is missing: expected a pattern such as data/*.xml. Hint: Add path_pattern to this input, relative to the repository root.'],
    observations: 0,
  },
  {
    name: 'path_pattern matching nothing',
    options: { ...BASE, path_pattern: 'sdmx/*.xml' },
    files: { 'data/1.1.1.xml': GOOD },
    report: ['config_data.yml:3: warning: Option "path_pattern": no file matches "sdmx/*.xml". Hint: Check the folder and pattern, which are relative to the repository root.'],
    observations: 0,
  },
  {
    name: 'files citing other DSD versions: one warning for the input',
    files: { 'data/a.xml': p('other-version.xml'), 'data/b.xml': p('other-version.xml'), 'data/c.xml': p('other-version-urn.xml'), 'data/d.xml': GOOD },
    report: ['data/a.xml:6: warning: 2 files cite DSD TEST:SDG(1.0) and 1 file cites TEST:SDG(0.9); read with the configured SDG_DSD.xml (1.1). Hint: Codes missing from the configured DSD stay as raw codes; export these files again against it, or set dsd to the version they cite.'],
    observations: 10,
  },
  {
    name: 'SERIES codes that lead to no indicator: one warning per code, with the observations skipped',
    files: { 'data/a.xml': p('unknown-series.xml'), 'data/b.xml': p('unknown-series.xml') },
    report: [
      'data/a.xml:13: warning: Series code SI_UNKNOWN is not in the DSD\'s SERIES codelist; 4 observations in 2 files skipped. Hint: Map it in the input\'s indicator_id_map (SI_UNKNOWN: 1-2-1), or add the code to the DSD.',
      'data/a.xml:17: warning: Series code SI_NO_INDICATOR has no Indicator annotation in the DSD; 2 observations in 2 files skipped. Hint: Map it in the input\'s indicator_id_map (SI_NO_INDICATOR: 1-2-1), or annotate the code in the DSD.',
    ],
    observations: 2,
  },
  {
    name: 'a series without SERIES',
    files: { 'data/a.xml': p('no-series.xml') },
    report: ['data/a.xml:10: warning: Series key without a SERIES value; 1 observation skipped. Hint: Give every series a SERIES code from the DSD, so it can be matched to an indicator.'],
    observations: 0,
  },
  {
    name: 'non-numeric OBS_VALUE: read as written, for the data checks to report',
    files: { 'data/a.xml': p('non-numeric-value.xml') },
    report: [],
    observations: 2,
  },
  {
    name: 'a message with no observations',
    files: { 'data/a.xml': p('empty-message.xml'), 'data/b.xml': GOOD },
    report: ['data/a.xml:9: warning: The message has no observations. Hint: Export the data again, or delete the file if the indicator has no data.'],
    observations: 7,
  },
  {
    name: 'an empty file',
    files: { 'data/a.xml': p('empty-file.xml') },
    report: ['data/a.xml:1: warning: The file is empty: expected an SDMX-ML data message. Hint: Export the data again, or delete the file if the indicator has no data.'],
    observations: 0,
  },
  {
    name: 'a structure message where data is expected',
    files: { 'data/a.xml': DSD, 'data/b.xml': GOOD },
    report: ['data/a.xml:3: error: Root element <Structure>: expected an SDMX-ML 2.1 data message, <StructureSpecificData> or <GenericData>. Hint: Export the data as SDMX-ML 2.1 (structure-specific or generic), or move this file out of the input\'s path_pattern.'],
    observations: 7,
  },
  {
    name: 'options of the wrong kind fall back to their defaults',
    options: {
      ...BASE, drop_dimensions: 'SOURCE_DETAIL', import_codes: 'yes', dimenson_map: {}, indicator_id_xpath: '//Code/@indicator',
      dimension_map: { SEX: ['F', 'M'] }, indicator_id_map: { SI_POV_DAY1: true },
    },
    files: { 'data/a.xml': GOOD },
    report: [
      'config_data.yml:3: error: Option "dimension_map": expected text for "SEX", received a list. Hint: Write "SEX: new name", or "SEX: \'\'" to leave it out.',
      'config_data.yml:3: error: Option "indicator_id_map": expected an indicator id for "SI_POV_DAY1", received true. Hint: Write "SI_POV_DAY1: 1-2-1", or a list of ids.',
      'config_data.yml:3: error: Option "drop_dimensions": expected a list of dimension or attribute ids, received "SOURCE_DETAIL". Hint: Write each id on its own "- ID" line under drop_dimensions.',
      'config_data.yml:3: error: Option "import_codes": expected true or false, received "yes". Hint: Write import_codes: false or leave it out (the default is false).',
      'config_data.yml:3: warning: Unknown option "dimenson_map"; ignored. Hint: Did you mean "dimension_map"?',
      'config_data.yml:3: warning: Option "indicator_id_xpath": expected .//Annotation[AnnotationTitle=\'…\']/AnnotationText, received "//Code/@indicator"; read with \'Indicator\'. Hint: Only that form of XPath is understood; name the annotation title in it.',
    ],
    observations: 7,
  },
];

describe('SDMX-ML problems', () => {
  it.each(cases)('$name', async ({ reader, options, files, report, observations }) => {
    // null leaves a file out of the repository.
    const repo = Object.fromEntries(Object.entries({ 'SDG_DSD.xml': DSD, ...files }).filter((e): e is [string, string] => e[1] !== null));
    const { result, report: got } = await runInput(reader ?? readSdmxMlMultiple, options ?? BASE, repo);
    expect(got).toEqual(report);
    if (observations !== undefined) expect(result.data.reduce((n, t) => n + t.table.records.length, 0)).toBe(observations);
  });

  it('leaves a non-numeric value as written', async () => {
    const { result } = await runInput(readSdmxMlMultiple, BASE, { 'SDG_DSD.xml': DSD, 'data/a.xml': p('non-numeric-value.xml') });
    expect(result.data[0]!.table.records.map((r) => r.cells['Value'])).toEqual(['n/a', '1,25']);
  });
});
