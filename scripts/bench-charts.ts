/**
 * Weight figures of the interactive charts and maps (part of `npm run bench`; also runs alone against any
 * built site: `tsx scripts/bench-charts.ts /tmp/my-dist`). Printed, never asserted.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const gz = (s: string) => gzipSync(s, { level: 9 }).length;

/** A module and every module it imports, statically or dynamically, once each. */
function closure(dist: string, start: string, seen = new Set<string>()): Set<string> {
  if (seen.has(start) || !existsSync(join(dist, start))) return seen;
  seen.add(start);
  const code = readFileSync(join(dist, start), 'utf8');
  for (const m of code.matchAll(/(?:import\(|from\s*|import\s*)["']\.\/([^"']+\.js)["']/g)) closure(dist, `/_astro/${m[1]}`, seen);
  return seen;
}

export function chartFigures(dist: string) {
  const html = (id: string) => readFileSync(join(dist, 'indicators', id, 'index.html'), 'utf8');
  const boot = /<script[^>]*src="(\/_astro\/HeadlineChart[^"]+)"/.exec(html('1-2-1'))?.[1];
  const lazy = boot ? [...closure(dist, boot)].filter((f) => f !== boot) : [];
  const lazyCode = lazy.map((f) => readFileSync(join(dist, f), 'utf8')).join('\n');
  const ids = readdirSync(join(dist, 'indicators')).filter((id) => existsSync(join(dist, 'indicators', id, 'index.html')));
  const mapPages = ids.filter((id) => html(id).includes('data-map-values'));
  const geojsonPages = ids.filter((id) => /\.geojson/.test(html(id)));
  const mapSvg = mapPages.map((id) => /<svg viewBox="0 0 \d+ \d+"[^>]*class="map-svg"[\s\S]*?<\/svg>/.exec(html(id))?.[0] ?? '');
  // What a map page runs before interaction: its module scripts and inline scripts (JSON data excluded).
  const mapPage = mapPages[0] ? html(mapPages[0]) : '';
  const mapJs = [...mapPage.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter((m) => !/type="application\/(ld\+)?json"/.test(m[1]!))
    .map((m) => { const src = /\bsrc="([^"]+)"/.exec(m[1]!)?.[1]; return src ? readFileSync(join(dist, src), 'utf8') : m[2]!; })
    .join('\n');
  const avg = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  return {
    explorer: { files: lazy.length, gzip: gz(lazyCode), bytes: Buffer.byteLength(lazyCode) },
    mapPages: mapPages.length,
    geojsonPages: geojsonPages.length,
    mapSvgGzip: avg(mapSvg.map(gz)),
    mapSvgBytes: avg(mapSvg.map((s) => Buffer.byteLength(s))),
    mapPageJsGzip: gz(mapJs),
    mapPage: mapPages[0] ?? '',
  };
}

export function chartRows(dist: string): [string, string, string][] {
  const f = chartFigures(dist);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  return [
    ['interactive chart code (loaded on first interaction)', `${kb(f.explorer.gzip)} gzip (${f.explorer.bytes} B raw, ${f.explorer.files} files)`, 'target ≤ 120 KB gzip'],
    ['indicator pages with a map', String(f.mapPages), 'boundaries projected at build time, inlined into these pages only'],
    ['pages that fetch the boundary file (.geojson)', String(f.geojsonPages), 'target: only map pages; none need it'],
    [`map page JS before interaction (${f.mapPage})`, kb(f.mapPageJsGzip) + ' gzip', 'target ≤ 25 KB gzip; the year control included'],
    ['map SVG per map page', `${kb(f.mapSvgGzip)} gzip (${kb(f.mapSvgBytes)} raw)`, 'boundary file: 1 MB raw'],
  ];
}

if (process.argv[1]?.endsWith('bench-charts.ts')) {
  for (const [name, value, note] of chartRows(process.argv[2] ?? 'dist')) console.log(`${name.padEnd(52)}  ${value}${note ? `   (${note})` : ''}`);
}
