/**
 * A 1-million-row CSV (20 years × 25,000 regions × 2 sexes, a quarter of the values negative) must validate and go
 * through the model and chart path without "Maximum call stack size exceeded": no spread of data-sized arrays
 * (`Math.min(...values)`) anywhere. The file is made here, in a temporary folder. Slow by nature: the timeouts are
 * generous and explicit; the full build of such a repository is tried by hand (see docs/security.md).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inferDecimals } from '../../../src/audiences/format.ts';
import { yDomain } from '../../../src/charts/chart-marks.ts';
import { renderChartSvg } from '../../../src/charts/render-svg.ts';
import { loadSite } from '../../../src/pipeline/index.ts';
import { headlineChart } from '../../../src/site/headline-chart.ts';
import { repositoryFiles } from '../../../src/site/node-files.ts';

const ROWS = 1_000_000;
const root = join(mkdtempSync(join(tmpdir(), 'million-')), 'repo');
afterAll(() => rmSync(join(root, '..'), { recursive: true, force: true }));

function makeRepository(): void {
  mkdirSync(join(root, 'data'), { recursive: true });
  mkdirSync(join(root, 'meta'), { recursive: true });
  const lines = ['Year,Region,Sex,Units,Value'];
  for (let i = 0; i < ROWS; i++) {
    const year = 2000 + Math.floor(i / 50_000);
    const region = `R${String(Math.floor(i / 2) % 25_000).padStart(5, '0')}`;
    lines.push(`${year},${region},${i % 2 ? 'Male' : 'Female'},Percentage (%),${((i * 7919) % 15_000) / 100 - 37.5}`);
  }
  writeFileSync(join(root, 'data/indicator_1-2-1.csv'), `${lines.join('\n')}\n`);
  writeFileSync(join(root, 'meta/1-2-1.md'), '---\nindicator_number: 1.2.1\nreporting_status: complete\ngraph_type: line\ngraph_limits:\n  - minimum: -50\n    maximum: 120\n---\n');
}
makeRepository();

describe(`a ${ROWS.toLocaleString('en')}-row CSV`, () => {
  it('validates (npm run validate)', () => {
    const run = spawnSync('node_modules/.bin/tsx', ['scripts/validate.ts', root], { encoding: 'utf8', timeout: 600_000 });
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('0 errors, 0 warnings.');
    expect(run.stdout).toContain('1 indicator, ready to build.');
    expect(run.status).toBe(0);
  }, 600_000);

  it('goes through the model, the headline chart, the number format and the chart scale', async () => {
    const at = { root, frameworkRoot: 'data/sdg-framework', languages: ['en'] };
    const site = await loadSite(at, repositoryFiles(at));
    const ind = site.indicators.find((i) => i.id === '1-2-1')!;
    const values = ind.data!.observations.flatMap((o) => (o.value === null ? [] : [o.value]));
    expect(values).toHaveLength(ROWS);
    expect(values.filter((v) => v < 0).length).toBeGreaterThan(ROWS / 5);

    const chart = headlineChart(ind)!;
    expect(chart.input.points).toHaveLength(20);
    expect(renderChartSvg(chart.kind, chart.input)).toMatch(/^<(svg|figure)/);
    expect(inferDecimals(values)).toBe(1);
    const all = { ...chart.input, limits: { min: -50, max: 120 }, points: values.map((value, i) => ({ ...chart.input.points[0]!, year: String(i), value })) };
    expect(yDomain(all)).toEqual([-50, 120]);
  }, 600_000);
});
