/**
 * How the build grows (`npm run bench -- --scale 10`): a synthetic repository N times the bundled UK data, made in
 * a temporary folder (never committed) by copying every indicator N-1 more times under national ids (1.2.1 → 1.2.1.1,
 * 1.2.1.2, ...), built cold at 1× and N×; and one indicator with a million subnational rows (380 districts × 40
 * years × sex × age, with the national figure) built on its own. Each build runs with `--profile --no-cache`; the figures come from its profile.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

type Row = [string, string, string];

/** Copies `from` into `to` with every indicator `scale` times (the copies under national ids). */
export function makeScaledRepository(from: string, to: string, scale: number): { indicators: number; rows: number } {
  mkdirSync(join(to, 'data'), { recursive: true });
  mkdirSync(join(to, 'meta'), { recursive: true });
  for (const name of readdirSync(from)) {
    if (name === 'data' || name === 'meta') continue;
    const path = join(from, name);
    if (statSync(path).isDirectory()) {
      mkdirSync(join(to, name), { recursive: true });
      for (const f of readdirSync(path)) copyFileSync(join(path, f), join(to, name, f));
    } else copyFileSync(path, join(to, name));
  }
  let indicators = 0;
  let rows = 0;
  for (const file of readdirSync(join(from, 'meta')).filter((f) => f.endsWith('.md'))) {
    const id = file.replace(/\.md$/, '');
    const meta = readFileSync(join(from, 'meta', file), 'utf8');
    const csv = existsSync(join(from, 'data', `indicator_${id}.csv`)) ? readFileSync(join(from, 'data', `indicator_${id}.csv`), 'utf8') : undefined;
    for (let k = 0; k < scale; k++) {
      const copy = k === 0 ? id : `${id}-${k}`;
      const number = copy.replace(/-/g, '.');
      const text = k === 0 ? meta : meta
        .replace(/^indicator_number:.*$/m, `indicator_number: ${number}`)
        .replace(/^indicator_name:.*$/m, `indicator_name: National indicator ${number} (synthetic copy ${k} of ${id.replace(/-/g, '.')})`);
      writeFileSync(join(to, 'meta', `${copy}.md`), text);
      indicators++;
      if (csv !== undefined) {
        writeFileSync(join(to, 'data', `indicator_${copy}.csv`), csv);
        rows += Math.max(0, csv.trim().split('\n').length - 1);
      }
    }
  }
  return { indicators, rows };
}

/**
 * One indicator as a statistics office publishes subnational data: the national figure and each of the UK's 380
 * districts (LAD16 codes, with names in a "Local authority" column), 40 years, sex (3) and age group (22): a million rows.
 */
export function makeMillionRowRepository(uk: string, to: string): { rows: number } {
  mkdirSync(join(to, 'data'), { recursive: true });
  mkdirSync(join(to, 'meta'), { recursive: true });
  mkdirSync(join(to, 'geojsons'), { recursive: true });
  const boundaries = join(uk, 'geojsons/local-authority-districts-2016.geojson');
  copyFileSync(boundaries, join(to, 'geojsons/local-authority-districts-2016.geojson'));
  const districts = (JSON.parse(readFileSync(boundaries, 'utf8')) as { features: { properties: { LAD16CD: string; LAD16NM: string } }[] }).features
    .map((f) => ({ code: f.properties.LAD16CD, name: f.properties.LAD16NM.replace(/[",]/g, ' ') }));
  const areas = [{ code: 'K02000001', name: '' }, ...districts];
  const sexes = ['', 'Female', 'Male'];
  const ages = ['', ...Array.from({ length: 21 }, (_, i) => (i === 20 ? '100+' : `${i * 5}-${i * 5 + 4}`))];
  const lines = ['Year,Local authority,Sex,Age,Units,GeoCode,Value'];
  let rows = 0;
  for (let year = 1985; year < 2025; year++) {
    for (const [c, area] of areas.entries()) {
      for (const [s, sex] of sexes.entries()) {
        for (const [a, age] of ages.entries()) {
          const value = (50 + ((c * 7 + s * 13 + a * 3 + (year - 1985) * 11) % 400) / 10).toFixed(1);
          lines.push(`${year},${area.name},${sex},${age},Percentage (%),${area.code},${value}`);
          rows++;
        }
      }
    }
  }
  writeFileSync(join(to, 'data/indicator_3-4-1.csv'), `${lines.join('\n')}\n`);
  writeFileSync(join(to, 'meta/3-4-1.md'), '---\nindicator_number: 3.4.1\nindicator_name: global_indicators.3-4-1-title\nreporting_status: complete\ngraph_type: line\ndata_show_map: true\n---\nA synthetic indicator with a million subnational rows (the bench makes it).\n');
  return { rows };
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

export interface BuildFigures { seconds: number; cpu: number; mainCpu: number; peakMb: number; sizeMb: number; profile: string; dist: string }

/** Builds `root` cold (no cache) into a temporary folder; the figures are read from the build's profile. */
export function timedBuild(root: string, env: Record<string, string> = {}, keep = false): BuildFigures {
  const dist = join(tmpdir(), `bench-dist-${process.pid}-${Math.random().toString(36).slice(2)}`);
  const started = performance.now();
  const run = spawnSync('node_modules/.bin/tsx', ['scripts/build.ts', '--profile', '--no-cache'], {
    encoding: 'utf8', maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CI: '1', SDG_DATA_DIR: root, DIST_DIR: dist, ...env },
  });
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`The build of ${root} failed:\n${run.stdout}\n${run.stderr}`);
  const total = /^\s+total\s+[\d.]+ s\s+([\d.]+) s CPU\s+([\d.]+) s main; peak memory (\d+) MB/m.exec(run.stdout);
  const sizeMb = walk(dist).filter((f) => !f.endsWith('.br') && !f.endsWith('.gz')).reduce((sum, f) => sum + statSync(f).size, 0) / 1e6;
  if (!keep) rmSync(dist, { recursive: true, force: true });
  return { seconds, cpu: Number(total?.[1] ?? NaN), mainCpu: Number(total?.[2] ?? NaN), peakMb: Number(total?.[3] ?? NaN), sizeMb, profile: run.stdout.slice(run.stdout.indexOf('Build profile')), dist };
}

const fmt = (b: BuildFigures) => `${b.seconds.toFixed(1)} s (${b.cpu.toFixed(0)} CPU s, ${b.mainCpu.toFixed(0)} on the main thread), peak ${b.peakMb} MB, ${b.sizeMb.toFixed(0)} MB`;

/** The rows `npm run bench -- --scale N` prints: 1× and N× built cold. */
export function scaleRows(scale: number, uk = 'data/uk'): Row[] {
  const work = mkdtempSync(join(tmpdir(), 'bench-scale-'));
  try {
    const one = timedBuild(uk);
    const big = makeScaledRepository(uk, join(work, `x${scale}`), scale);
    const n = timedBuild(join(work, `x${scale}`));
    const growth = n.cpu / one.cpu;
    return [
      ['build at 1× (bundled UK data, cold, no cache)', fmt(one), 'target ≤ 16 s on 2 cores; Open SDG: 81.5 s'],
      [`build at ${scale}× (${big.indicators} indicators, ${big.rows.toLocaleString('en')} rows, national ids)`, fmt(n), `target: cost no faster than linear (≤ ${scale}× the CPU time), memory bounded`],
      [`growth from 1× to ${scale}×`, `${growth.toFixed(1)}× CPU time, ${(n.seconds / one.seconds).toFixed(1)}× wall time, ${(n.peakMb / one.peakMb).toFixed(1)}× peak memory`, growth <= scale ? 'linear or better' : 'FASTER THAN LINEAR'],
    ];
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The rows of the million-row indicator: build, page weight, what the explorer fetches first. */
export function millionRows(uk = 'data/uk'): Row[] {
  const work = mkdtempSync(join(tmpdir(), 'bench-million-'));
  try {
    const million = makeMillionRowRepository(uk, join(work, 'million'));
    const m = timedBuild(join(work, 'million'), {}, true);
    const html = (path: string) => statSync(join(m.dist, path)).size;
    const json = /data-json="([^"]+)"/.exec(readFileSync(join(m.dist, 'indicators/3-4-1/index.html'), 'utf8'))?.[1];
    const file = json ? join(m.dist, json) : undefined;
    const size = (f: string | undefined) => (f && existsSync(f) ? statSync(f).size / 1e6 : NaN);
    const rows: Row[] = [
      [`one indicator, ${million.rows.toLocaleString('en')} subnational rows: build`, fmt(m), 'target < 60 s, peak memory < 2 GB'],
      ['… its indicator page / data page / embed HTML', `${(html('indicators/3-4-1/index.html') / 1024).toFixed(0)} KB / ${(html('indicators/3-4-1/data/index.html') / 1024).toFixed(0)} KB / ${(html('embed/3-4-1/index.html') / 1024).toFixed(0)} KB`, 'target < 500 KB'],
      ['… what the explorer fetches when opened', `${size(file).toFixed(1)} MB (${size(file && `${file}.gz`).toFixed(1)} MB gzip): ${json ?? 'no explorer'}`, 'usable: data fetched per selection (the explorer\'s chunked format, branch serve-preview)'],
    ];
    rmSync(m.dist, { recursive: true, force: true });
    return rows;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
