/**
 * The SDMX tree as a client uses it: start at /sdmx/index.json, follow it to each format of an indicator's data and
 * to the structures it cites, as the production server serves them; the researcher pages link there, in every
 * language, and stay free of axe violations (the Arabic landing page is checked here, the others in tests/a11y).
 */
import { expect, test } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import { expectNoViolations } from '../a11y/axe-check.ts';

interface Index {
  agency: string;
  structures: string;
  allData: string;
  dataflows: { id: string; structure: string; observations: number; data: { csv: string; json: string }; dataflow: string; datastructure: string; download: string }[];
}

test('a client follows /sdmx/index.json to the data and the structures of every indicator', async ({ request }) => {
  const res = await request.get('/sdmx/index.json');
  expect(res.headers()['content-type']).toContain('application/json');
  const index = (await res.json()) as Index;
  expect(index.dataflows.length).toBeGreaterThan(200);
  const flow = index.dataflows.find((f) => f.id === '1-2-1')!;
  expect(flow.structure).toBe(`${index.agency}:DSD_1-2-1(1.0)`);

  const csv = await request.get(flow.data.csv);
  expect(csv.headers()['content-type']).toContain('text/csv');
  const rows = Papa.parse<Record<string, string>>(await csv.text(), { header: true, skipEmptyLines: true }).data;
  expect(rows).toHaveLength(flow.observations);
  expect(new Set(rows.map((r) => r['STRUCTURE_ID']))).toEqual(new Set([`${index.agency}:1-2-1(1.0)`]));
  expect(await (await request.get(flow.download)).text()).toBe(await csv.text());

  const json = (await (await request.get(flow.data.json)).json()) as { data: { structures: { dimensions: { observation: { id: string }[] } }[]; dataSets: { observations: Record<string, unknown[]> }[] } };
  expect(Object.keys(json.data.dataSets[0]!.observations)).toHaveLength(flow.observations);
  expect(json.data.structures[0]!.dimensions.observation.map((d) => d.id)).toContain('TIME_PERIOD');

  for (const path of [flow.dataflow, flow.datastructure, index.structures]) {
    const xml = await request.get(path);
    expect(xml.status(), path).toBe(200);
    expect(xml.headers()['content-type']).toContain('application/xml');
    const text = await xml.text();
    expect(text).toContain('<mes:Structure ');
    expect(text).toContain('id="DSD_1-2-1"');
  }
  // Every indicator's files are there, not only 1.2.1's.
  for (const f of index.dataflows.filter((_, i) => i % 40 === 0)) {
    for (const path of [f.data.csv, f.data.json, f.dataflow, f.datastructure]) expect((await request.head(path)).status(), path).toBe(200);
  }
  // The whole site's SDMX is one zip of the per-indicator SDMX-CSV files, the same bytes as served one by one.
  const all = await request.get(index.allData);
  expect(all.headers()['content-type']).toContain('application/zip');
  const entries = unzipSync(new Uint8Array(await all.body()));
  expect(Object.keys(entries)).toHaveLength(index.dataflows.length);
  expect(strFromU8(entries['1-2-1.sdmx.csv']!)).toBe(await csv.text());
});

test('the researcher view links the indicator\'s SDMX-CSV and the SDMX index, in each language', async ({ page, request }) => {
  for (const [path, label] of [['/indicators/1-2-1/data/', 'Data for SDMX tools (SDMX-CSV 2.0)'], ['/fr/indicators/1-2-1/data/', 'Données pour les outils SDMX (SDMX-CSV 2.0)'], ['/ar/indicators/1-2-1/data/', 'البيانات لأدوات SDMX ‏(SDMX-CSV 2.0)']] as const) {
    await page.goto(path);
    const link = page.getByRole('link', { name: label });
    await expect(link).toHaveAttribute('href', '/downloads/1-2-1.sdmx.csv');
    expect((await request.get('/downloads/1-2-1.sdmx.csv')).status()).toBe(200);
    await expect(page.locator('a[href="/sdmx/index.json"]')).toHaveCount(1);
  }
});

test('the researchers\' page answers whether SDMX tools can read the data, with both links', async ({ page }) => {
  await page.goto('/researchers/');
  await expect(page.getByText('Can SDMX tools read the data?')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Every indicator for SDMX tools, in one zip file (an SDMX-CSV 2.0 file per indicator)' })).toHaveAttribute('href', '/downloads/all.sdmx.zip');
  await page.goto('/ar/researchers/');
  await expect(page.getByText('هل تستطيع أدوات SDMX قراءة البيانات؟')).toBeVisible();
  await expectNoViolations(page);
});
