import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { strFromU8, strToU8, unzipSync } from 'fflate';
import { tidyTable, toCsv } from '../../../src/audiences/researchers/tidy.ts';
import { buildArchive } from '../../../src/audiences/researchers/zip.ts';
import { metadataCsv } from '../../../src/audiences/researchers/metadata-export.ts';
import { citationBibtex, citationText } from '../../../src/audiences/citation.ts';
import { keyFigures } from '../../../src/audiences/media/key-figures.ts';
import { siteOf } from '../pipeline/fixture-repo.ts';

const META = '---\nindicator_number: 1.2.1\nindicator_name: global_indicators.1-2-1-title\nreporting_status: complete\ngraph_type: line\ncomputation_units: Percentage (%)\nsource_organisation_1: Office for National Statistics\nsource_release_date_1: 23/11/2022\nsource_next_release_1: Autumn 2023\n---\n';
const CSV = 'Year,Sex,Units,Value\n2015,,Percentage (%),15.1\n2016,,Percentage (%),14.2\n2015,Female,Percentage (%),16.0\n2016,Female,Percentage (%),\n';
const ind = (await siteOf({ 'data/indicator_1-2-1.csv': CSV, 'meta/1-2-1.md': META })).indicators.find((i) => i.id === '1-2-1')!;

describe('tidy CSV', () => {
  it('spells out Total, keeps every row, and leaves missing values empty', () => {
    expect(toCsv(tidyTable(ind))).toBe(
      'Year,Units,Sex,Observation status,Value\n2015,Percentage (%),Total,,15.1\n2016,Percentage (%),Total,,14.2\n2015,Percentage (%),Female,,16\n2016,Percentage (%),Female,,\n',
    );
  });
});

describe('metadata CSV', () => {
  it('has one labelled field a row, sources numbered', () => {
    const csv = metadataCsv(ind);
    expect(csv.split('\n')[0]).toBe('source,key,label,value');
    expect(csv).toContain('1,source_next_release_1,');
  });
});

describe('all.zip', () => {
  it('holds every file and a manifest whose checksums match', () => {
    const files = unzipSync(buildArchive([{ path: 'a.csv', bytes: strToU8('x,y\n1,2\n') }], '2026-01-01T00:00:00Z'));
    const manifest = JSON.parse(strFromU8(files['manifest.json']!));
    expect(manifest.files).toEqual([{ path: 'a.csv', bytes: 8, sha256: createHash('sha256').update('x,y\n1,2\n').digest('hex') }]);
    expect(strFromU8(files['a.csv']!)).toBe('x,y\n1,2\n');
  });
});

describe('citation', () => {
  const c = { siteTitle: 'UK SDG data', siteUrl: 'https://sdg.example', accessed: '2026-11-22' };
  it('in plain text, with the permalink', () => {
    expect(citationText(ind, c)).toBe(
      'Office for National Statistics. SDG indicator 1.2.1: Proportion of population living below the national poverty line, by sex and age. UK SDG data. https://sdg.example/indicators/1-2-1/ (accessed 2026-11-22).',
    );
  });
  it('in BibTeX', () => {
    expect(citationBibtex(ind, c)).toContain('@misc{sdg_1_2_1,\n  author = {{Office for National Statistics}},');
    expect(citationBibtex(ind, c)).toContain('  url = {https://sdg.example/indicators/1-2-1/},');
  });
});

describe('key figures', () => {
  it('latest, previous and the change in percentage points, each with the measure, year and source', () => {
    expect(keyFigures(ind).map((f) => f.quote)).toEqual([
      'Proportion of population living below the national poverty line, by sex and age: 14.2% (2016). Source: Office for National Statistics.',
      'Proportion of population living below the national poverty line, by sex and age: 15.1% (2015). Source: Office for National Statistics.',
      'Proportion of population living below the national poverty line, by sex and age, change from 2015 to 2016: −0.9 percentage points. Source: Office for National Statistics.',
    ]);
  });
});
