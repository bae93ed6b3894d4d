import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SHARED_DATASETS, dataset } from '../../../datasets.ts';
import { parse } from 'yaml';
import { readDsd } from '../../../../src/pipeline/inputs/sdmx-dsd.ts';
import { readSdmxMlMultiple } from '../../../../src/pipeline/inputs/sdmx-ml.ts';
import { ProblemList, formatProblem } from '../../../../src/pipeline/problems.ts';
import { repositoryFiles } from '../../../../src/site/node-files.ts';

/**
 * Kyrgyzstan's real data repository, read with the SDMX input its configuration declares
 * (195 structure-specific messages in data/, DSD 1.8). The counts are pinned so that a reader
 * which silently skips files, series or observations fails here.
 */
const ROOT = dataset('kyrgyzstan');
const CONFIG = 'open_sdg_config_sdmx.yml';

describe.skipIf(!SHARED_DATASETS)('Kyrgyzstan (InputSdmxMl_Multiple, SDG_DSD.KG_1.8.xml)', () => {
  it('the repository is there', () => expect(existsSync(`${ROOT}/${CONFIG}`)).toBe(true));

  it('reads every data file into indicator tables, with one warning for the files made against older DSDs', async () => {
    const text = readFileSync(`${ROOT}/${CONFIG}`, 'utf8');
    const config = parse(text) as { inputs: Record<string, unknown>[] };
    const line = text.split('\n').findIndex((l) => l.includes('class: InputSdmxMl_Multiple')) + 1;
    const { class: kind, ...options } = config.inputs[0]!;
    expect(kind).toBe('InputSdmxMl_Multiple');
    const problems = new ProblemList();
    const result = await readSdmxMlMultiple(options, { root: ROOT, fx: repositoryFiles({ root: ROOT, frameworkRoot: 'data/sdg-framework' }), problems }, { file: CONFIG, line });

    expect(problems.items.map((p) => formatProblem(p))).toEqual([
      'data/1.1.1.1.xml:13: warning: 92 files cite DSD KG_NSC:SDG(1.7) and 1 file cites KG_NSC:SDG(1.5); read with the configured SDG_DSD.KG_1.8.xml (1.8). Hint: Codes missing from the configured DSD stay as raw codes; export these files again against it, or set dsd to the version they cite.',
    ]);
    const files = new Set(result.data.map((t) => t.file));
    expect(files.size).toBe(195);
    expect(result.data.length).toBe(198);
    expect(new Set(result.data.map((t) => t.id)).size).toBe(190);
    expect(result.data.reduce((n, t) => n + t.table.records.length, 0)).toBe(26523);

    // One table, in full shape: codes kept (import_codes), REF_AREA KG read as the total, SOURCE_DETAIL dropped.
    const t = result.data.find((d) => d.id === '1-1-1-1')!;
    expect(t.file).toBe('data/1.1.1.1.xml');
    expect(t.table.columns).toEqual(['Year', 'Value', 'REF_AREA', 'SEX', 'URBANISATION', 'TIME_DETAIL', 'COMMENT_OBS']);
    expect(t.table.records[0]).toEqual({ line: 21, cells: { Year: '2010', Value: '5.343817', REF_AREA: '', SEX: '', URBANISATION: '', TIME_DETAIL: '2010', COMMENT_OBS: '' },
      // Left out of the table for holding one value throughout; kept for the SDMX downloads.
      constants: { FREQ: 'A', NATURE: 'C', OBS_STATUS: 'A', REPORTING_TYPE: 'N', SERIES: '_L_KG_010101_1A', UNIT_MEASURE: 'PT', UNIT_MULT: '0' } });
    expect(result.data.some((d) => d.table.columns.includes('SOURCE_DETAIL'))).toBe(false);

    const ru = result.translations!.get('ru')!;
    expect([ru.get('SEX.F'), ru.get('SEX.SEX'), ru.get('REF_AREA.KG')]).toEqual(['Женщины', 'Пол', undefined]);
  });

  it('reads the 1.7 MB DSD: 609 series codes, all but one with an indicator', () => {
    const problems = new ProblemList();
    const dsd = readDsd(readFileSync(`${ROOT}/SDG_DSD.KG_1.8.xml`, 'utf8'), 'SDG_DSD.KG_1.8.xml', problems)!;
    expect(problems.items).toEqual([]);
    expect([dsd.agency, dsd.id, dsd.version, dsd.dimensions.length, dsd.attributes.length]).toEqual(['KG_NSC', 'SDG', '1.8', 16, 16]);
    expect(dsd.series.size).toBe(609);
    expect([...dsd.series].filter(([, inds]) => inds.length === 0).map(([code]) => code)).toEqual(['GF_FRN_FDIODASS']);
    expect(dsd.series.get('SI_POV_DAY1')!.map((i) => [i.id, i.names.get('en')])).toEqual([
      ['1-1-1', 'Proportion of population below the international poverty line, by sex, age, employment status and geographical location (urban/rural)'],
    ]);
  });
});
