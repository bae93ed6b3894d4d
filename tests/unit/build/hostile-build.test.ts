/**
 * A fuzz test of the whole build (issue 12), in-process like national-golden.test.ts: a small repository whose every
 * text field of metadata and data carries XSS and XML-breaking strings (chosen with a fixed seed, each with a unique
 * marker) is built; every HTML, SVG and XML file written is parsed, and the test fails on a crash, a file that is
 * not well-formed, or a marker inside a script that runs, an on* attribute or a javascript: URL.
 * FUZZ_SEED=<n> replays another draw.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { parseHTML } from 'linkedom';
import { SaxesParser } from 'saxes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../../src/build.ts';

/** mulberry32: a seeded generator, so a failure can be replayed. */
function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const SEED = Number(process.env['FUZZ_SEED'] ?? 20261123);
const random = prng(SEED);

/** Each template puts its marker where it would run if it escaped: in a script, a handler or a javascript: URL. */
const CORPUS = [
  `<script>alert('{M}')</script>`,
  `"><img src=x onerror="alert('{M}')">`,
  `'><svg onload=alert('{M}')>`,
  `</title></svg><script>alert('{M}')</script>`,
  `</script><script>alert('{M}')</script>`,
  `<!--<script>alert('{M}')</script>-->`,
  `]]><script>alert('{M}')</script><![CDATA[`,
  `javascript:alert('{M}')`,
  `[click](javascript:alert('{M}'))`,
  `<a href="javascript:alert('{M}')">x</a>`,
  `<iframe srcdoc="<script>alert('{M}')</script>">`,
  `children <16 & adults <b onmouseover=alert('{M}')>`,
  `&lt;script&gt;alert('{M}')&lt;/script&gt; &amp; &#x3c;`,
  `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "{M}">]>&e;`,
  `\${alert('{M}')} {{constructor.constructor('alert("{M}")')()}}`,
  `" onfocus="alert('{M}')" autofocus x="`,
  `<math><mtext><table><mglyph><style><img src=x onerror=alert('{M}')>`,
  `=HYPERLINK("javascript:alert('{M}')")`,
];
let next = 0;
const markers: string[] = [];
/** A hostile string with a new marker in it. */
function hostile(prefix = ''): string {
  const marker = `ZQX${String(++next).padStart(3, '0')}`;
  markers.push(marker);
  return `${prefix}${CORPUS[Math.floor(random() * CORPUS.length)]!.replaceAll('{M}', marker)}`;
}
const yaml = (s: string) => JSON.stringify(s);
const csv = (s: string) => `"${s.replace(/"/g, '""')}"`;

function writeRepository(root: string): void {
  const file = (path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  for (const [id, kind] of [['1-2-1', 'line'], ['3-9-1', 'bar']] as const) {
    const sexes = [hostile('F '), hostile('M ')];
    const unit = hostile('U ');
    file(`meta/${id}.md`, [
      '---',
      `indicator_number: ${id.replace(/-/g, '.')}`,
      `indicator_name: ${yaml(hostile('Name '))}`,
      `graph_title: ${yaml(hostile('Title '))}`,
      'reporting_status: complete',
      `graph_type: ${kind}`,
      `computation_units: ${yaml(hostile('Units '))}`,
      `national_geographical_coverage: ${yaml(hostile('Where '))}`,
      `source_organisation_1: ${yaml(hostile('Org '))}`,
      `source_url_1: ${yaml(hostile())}`,
      `source_url_text_1: ${yaml(hostile('Link '))}`,
      `source_periodicity_1: ${yaml(hostile('Yearly '))}`,
      `computation_definitions: ${yaml(hostile('Def '))}`,
      `other_info: ${yaml(hostile('Info '))}`,
      'graph_target_lines:',
      `  - value: 10`,
      `    label_content: ${yaml(hostile('Target '))}`,
      '---',
      hostile('Body '),
      '',
      hostile('Para '),
      '',
    ].join('\n'));
    const rows = ['Year,Sex,Units,Value,OBS_STATUS'];
    for (const year of [2015, 2016, 2017]) {
      rows.push(`${year},,${csv(unit)},${20 - year + 2015},`);
      sexes.forEach((sex, i) => rows.push(`${year},${csv(sex)},${csv(unit)},${-3.5 + i + year - 2015},${csv(hostile('S '))}`));
    }
    file(`data/indicator_${id}.csv`, `${rows.join('\n')}\n`);
  }
}

const root = mkdtempSync(join(tmpdir(), 'hostile-repo-'));
const out = join(root, 'site');
const said: string[] = [];
let ok = false;
function tree(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? tree(path) : [path];
  });
}

beforeAll(async () => {
  writeRepository(join(root, 'repo'));
  ({ ok } = await buildSite({
    at: { root: join(root, 'repo'), frameworkRoot: 'data/sdg-framework' },
    outDir: out,
    astroLogLevel: 'error',
    log: { info: (l) => said.push(l), warn: (l) => said.push(l), error: (l) => said.push(l) },
  }));
}, 300_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

const MARKER = /ZQX\d{3}/;
const EXECUTABLE = /^(|text\/javascript|module|application\/javascript)$/i;
const URL_ATTRIBUTES = /^(href|src|action|formaction|xlink:href|data|srcdoc|poster)$/i;

/** What runs in a browser and carries a marker: "<file> <where>: <text>". */
function dangers(file: string, elements: Iterable<{ name: string; attributes: [string, string][]; text?: string; type?: string }>): string[] {
  const found: string[] = [];
  for (const el of elements) {
    const tag = el.name.toLowerCase();
    if (tag === 'script' && EXECUTABLE.test((el.type ?? '').trim()) && MARKER.test(el.text ?? '')) found.push(`${file} <script>: ${el.text!.slice(0, 80)}`);
    for (const [name, value] of el.attributes) {
      if (/^on/i.test(name) && MARKER.test(value)) found.push(`${file} <${tag} ${name}>: ${value.slice(0, 80)}`);
      if (URL_ATTRIBUTES.test(name) && /^\s*javascript:/i.test(value) && MARKER.test(value)) found.push(`${file} <${tag} ${name}>: ${value.slice(0, 80)}`);
    }
  }
  return found;
}

function readXmlFile(file: string, text: string): string[] {
  const elements: { name: string; attributes: [string, string][]; text: string; type?: string }[] = [];
  const parser = new SaxesParser({ xmlns: false });
  parser.on('error', (e) => {
    throw new Error(`${file}: ${e.message}`);
  });
  parser.on('opentag', (tag) => {
    const attributes = Object.entries(tag.attributes).map(([k, v]) => [k, String(v)] as [string, string]);
    elements.push({ name: tag.name, attributes, text: '', type: attributes.find(([k]) => k === 'type')?.[1] ?? '' });
  });
  parser.on('text', (t) => {
    const last = elements.at(-1);
    if (last) last.text += t;
  });
  parser.on('cdata', (t) => {
    const last = elements.at(-1);
    if (last) last.text += t;
  });
  parser.write(text).close();
  return dangers(file, elements);
}

function readHtmlFile(file: string, text: string): string[] {
  const { document } = parseHTML(text);
  const elements = [...document.querySelectorAll('*')].map((el) => ({
    name: el.tagName,
    attributes: [...el.attributes].map((a) => [a.name, a.value] as [string, string]),
    text: el.tagName.toLowerCase() === 'script' ? el.textContent ?? '' : '',
    type: el.getAttribute('type') ?? '',
  }));
  const found = dangers(file, elements);
  // A data block carrying a marker must still be the JSON it was written as (nothing broke out of it).
  for (const el of document.querySelectorAll('script[type="application/json"], script[type="application/ld+json"]')) {
    try {
      JSON.parse(el.textContent ?? '');
    } catch {
      found.push(`${file} <script type=${el.getAttribute('type')}>: not JSON`);
    }
  }
  // Inline SVG inside a page must be well-formed too (it is also what a reader may copy).
  return found;
}

describe(`building a repository full of hostile text (seed ${SEED})`, () => {
  it('builds, and says nothing about a crash', () => {
    expect(ok, said.join('\n')).toBe(true);
    expect(said.join('\n')).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n|Maximum call stack|TypeError|ReferenceError/);
    expect(markers.length).toBeGreaterThan(40);
  });

  it('writes every SVG and XML file as well-formed XML, every HTML page parseable, with no marker anywhere it could run', () => {
    const files = tree(out).filter((f) => /\.(html|svg|xml)$/.test(f) && !relative(out, f).startsWith('pagefind/'));
    const kinds = { html: 0, svg: 0, xml: 0 };
    const found: string[] = [];
    for (const path of files) {
      const file = relative(out, path);
      const text = readFileSync(path, 'utf8');
      const ext = file.slice(file.lastIndexOf('.') + 1) as keyof typeof kinds;
      kinds[ext]++;
      found.push(...(ext === 'html' ? readHtmlFile(file, text) : readXmlFile(file, text)));
    }
    expect(found).toEqual([]);
    expect(kinds.svg).toBeGreaterThanOrEqual(4);
    expect(kinds.xml).toBeGreaterThanOrEqual(1);
    expect(kinds.html).toBeGreaterThan(20);
  });

  it('shows the hostile text as text: most markers reach the pages, escaped', () => {
    const written = tree(out).filter((f) => f.endsWith('.html')).map((f) => readFileSync(f, 'utf8')).join('\n');
    const shown = markers.filter((m) => written.includes(m));
    expect(shown.length, `${shown.length} of ${markers.length} markers shown`).toBeGreaterThan(markers.length / 2);
  });

  it('would notice a marker that escaped (the checks themselves)', () => {
    expect(readHtmlFile('a.html', `<p>x</p><script>alert('ZQX001')</script><img src=x onerror="alert('ZQX002')"><a href=" javascript:alert('ZQX003')">x</a><script type="application/json">{"a":"ZQX004"}</script>`)).toEqual([
      "a.html <script>: alert('ZQX001')",
      "a.html <img onerror>: alert('ZQX002')",
      "a.html <a href>:  javascript:alert('ZQX003')",
    ]);
    expect(readXmlFile('a.svg', `<svg><script>alert('ZQX005')</script><a xlink:href="javascript:ZQX006"/></svg>`)).toEqual([
      "a.svg <script>: alert('ZQX005')",
      'a.svg <a xlink:href>: javascript:ZQX006',
    ]);
    expect(() => readXmlFile('b.svg', '<svg><text>children <16 & adults</text></svg>')).toThrow(/^b\.svg: /);
  });
});
