import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matchesEtag, notFoundPage, parseRange, staticFiles } from '../../../src/server/static-files.ts';
import { acceptedEncodings, cacheControl } from '../../../src/server/headers.ts';
import { precompress } from '../../../src/server/precompress.ts';
import { contentType } from '../../../src/server/mime.ts';

let dir: string;
let app: Hono;
const page = `<!doctype html><title>t</title>${'<p>Proportion of the population below the poverty line</p>'.repeat(100)}`;
const csv = `Year,Value\n${Array.from({ length: 200 }, (_, i) => `${2000 + (i % 20)},${i}`).join('\n')}\n`;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'static-files-'));
  mkdirSync(join(dir, 'indicators/1-2-1'), { recursive: true });
  mkdirSync(join(dir, '_astro'));
  mkdirSync(join(dir, 'downloads'));
  mkdirSync(join(dir, 'fr/stories'), { recursive: true });
  mkdirSync(join(dir, 'pagefind/fragment'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), page);
  writeFileSync(join(dir, '404.html'), page.replace('<title>t</title>', '<title>Page not found</title>'));
  writeFileSync(join(dir, 'fr/stories/feed.xml'), `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">${'<entry/>'.repeat(300)}</feed>`);
  writeFileSync(join(dir, 'pagefind/fragment/en_10f94fc.pf_fragment'), Buffer.alloc(100, 1));
  writeFileSync(join(dir, 'indicators/1-2-1/index.html'), page);
  writeFileSync(join(dir, '_astro/boot.AbC123.js'), `console.log(${JSON.stringify('x'.repeat(2000))});`);
  writeFileSync(join(dir, 'downloads/1-2-1.csv'), csv);
  writeFileSync(join(dir, 'downloads/all.zip'), Buffer.alloc(5000, 7));
  writeFileSync(join(dir, 'small.txt'), 'tiny');
  writeFileSync(join(tmpdir(), 'static-files-secret.txt'), 'secret');
  symlinkSync(join(tmpdir(), 'static-files-secret.txt'), join(dir, 'leak.txt'));
  await precompress(dir);
  app = new Hono();
  app.use('*', staticFiles(dir));
  app.notFound((c) => c.text('not here', 404));
  notFound = new Hono();
  notFound.use('*', staticFiles(dir));
  notFound.notFound(notFoundPage(dir));
});
let notFound: Hono;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const get = (path: string, headers: Record<string, string> = {}, method = 'GET') => app.request(path, { method, headers });

describe('precompress', () => {
  it('writes brotli and gzip copies of text files of 1 KB or more, and none of images, zips or tiny files', () => {
    expect(existsSync(join(dir, 'index.html.br'))).toBe(true);
    expect(existsSync(join(dir, 'index.html.gz'))).toBe(true);
    expect(existsSync(join(dir, 'downloads/1-2-1.csv.br'))).toBe(true);
    expect(existsSync(join(dir, 'downloads/all.zip.br'))).toBe(false);
    expect(existsSync(join(dir, 'small.txt.br'))).toBe(false);
    expect(brotliDecompressSync(readFileSync(join(dir, 'index.html.br'))).toString()).toBe(page);
    expect(gunzipSync(readFileSync(join(dir, 'index.html.gz'))).toString()).toBe(page);
  });
});

describe('content negotiation', () => {
  it.each([
    ['gzip, deflate, br', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['identity', null],
    ['', null],
  ])('Accept-Encoding "%s" gets %s', async (accept, expected) => {
    const res = await get('/indicators/1-2-1/', accept ? { 'Accept-Encoding': accept } : {});
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Encoding')).toBe(expected);
    expect(res.headers.get('Vary')).toBe('Accept-Encoding');
    const bytes = Buffer.from(await res.arrayBuffer());
    const text = expected === 'br' ? brotliDecompressSync(bytes) : expected === 'gzip' ? gunzipSync(bytes) : bytes;
    expect(text.toString()).toBe(page);
  });

  it.each([
    ['br, gzip, deflate', ['br', 'gzip']],
    ['gzip;q=0.5, *', ['br', 'gzip']],
    ['gzip;q=0', []],
    ['br;q=0, *', ['gzip']],
    ['*;q=0', []],
    [undefined, []],
  ])('acceptedEncodings(%j) is %j', (header, expected) => {
    expect(acceptedEncodings(header)).toEqual(expected);
  });
});

describe('types and caching', () => {
  it.each([
    ['/', 'text/html; charset=utf-8', 'public, max-age=0, must-revalidate'],
    ['/downloads/1-2-1.csv', 'text/csv; charset=utf-8', 'public, max-age=0, must-revalidate'],
    ['/downloads/all.zip', 'application/zip', 'public, max-age=0, must-revalidate'],
    ['/_astro/boot.AbC123.js', 'text/javascript; charset=utf-8', 'public, max-age=31536000, immutable'],
    ['/fr/stories/feed.xml', 'application/atom+xml; charset=utf-8', 'public, max-age=0, must-revalidate'],
    ['/pagefind/fragment/en_10f94fc.pf_fragment', 'application/octet-stream', 'public, max-age=31536000, immutable'],
  ])('%s is %s, cached as "%s"', async (path, type, cache) => {
    const res = await get(path);
    expect(res.headers.get('Content-Type')).toBe(type);
    expect(res.headers.get('Cache-Control')).toBe(cache);
    expect(res.headers.get('ETag')).toMatch(/^"[0-9a-f]+-[0-9a-f]+"$/);
  });

  it.each([
    ['.ics', 'text/calendar; charset=utf-8'],
    ['.atom', 'application/atom+xml; charset=utf-8'],
    ['.json', 'application/json; charset=utf-8'],
    ['.svg', 'image/svg+xml; charset=utf-8'],
    ['.png', 'image/png'],
    ['.pf_fragment', 'application/octet-stream'],
  ])('a %s file is sent as %s', (ext, type) => {
    expect(contentType(`/x/file${ext}`)).toBe(type);
  });

  it('answers 304 to a browser that has the file, per encoding', async () => {
    for (const accept of ['br', 'identity']) {
      const first = await get('/indicators/1-2-1/', { 'Accept-Encoding': accept });
      const etag = first.headers.get('ETag')!;
      const again = await get('/indicators/1-2-1/', { 'Accept-Encoding': accept, 'If-None-Match': etag });
      expect(again.status).toBe(304);
      expect(await again.text()).toBe('');
    }
    const etag = (await get('/', { 'Accept-Encoding': 'gzip' })).headers.get('ETag')!;
    for (const header of [`"other", ${etag}`, `W/${etag}`, '*']) {
      expect((await get('/', { 'Accept-Encoding': 'gzip', 'If-None-Match': header })).status, header).toBe(304);
    }
    expect((await get('/', { 'Accept-Encoding': 'br', 'If-None-Match': etag })).status).toBe(200);
    const br = (await get('/', { 'Accept-Encoding': 'br' })).headers.get('ETag');
    const plain = (await get('/')).headers.get('ETag');
    expect(br).not.toBe(plain);
  });
});

describe('caching rules', () => {
  it.each([
    ['/_astro/explorer.DShd2nv4.js', 'public, max-age=31536000, immutable'],
    ['/pagefind/index/en_1affc0f.pf_index', 'public, max-age=31536000, immutable'],
    ['/pagefind/pagefind-entry.json', 'public, max-age=0, must-revalidate'],
    ['/explorer/8-5-1/i-Ab12Cd34Ef56.json', 'public, max-age=31536000, immutable'],
    ['/fr/explorer/8-5-1/c-Ab12Cd34Ef56.json', 'public, max-age=31536000, immutable'],
    ['/fr/downloads/8-5-1.json', 'public, max-age=0, must-revalidate'],
    ['/downloads/all.zip', 'public, max-age=0, must-revalidate'],
    ['/indicators/1-2-1/', 'public, max-age=0, must-revalidate'],
  ])('%s is cached as "%s"', (path, expected) => {
    expect(cacheControl(path)).toBe(expected);
  });

  it.each([
    ['"a-1"', '"a-1"', true], ['"b", "a-1"', '"a-1"', true], ['W/"a-1"', '"a-1"', true], ['*', '"a-1"', true],
    ['"a-1-br"', '"a-1"', false], [undefined, '"a-1"', false],
  ])('If-None-Match %j matches %s: %s', (header, etag, expected) => {
    expect(matchesEtag(header, etag)).toBe(expected);
  });
});

describe('the 404 page', () => {
  it.each([['br', 'br'], ['gzip', 'gzip'], ['', null]])('is sent with status 404 (Accept-Encoding "%s": %s), never cached without asking', async (accept, encoding) => {
    const res = await notFound.request('/no/such/page/', { headers: accept ? { 'Accept-Encoding': accept } : {} });
    expect(res.status).toBe(404);
    expect(res.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('Content-Encoding')).toBe(encoding);
    expect(res.headers.get('Cache-Control')).toBe('no-cache');
    const bytes = Buffer.from(await res.arrayBuffer());
    const text = encoding === 'br' ? brotliDecompressSync(bytes) : encoding === 'gzip' ? gunzipSync(bytes) : bytes;
    expect(text.toString()).toContain('<title>Page not found</title>');
  });

  it('answers HEAD with 404 and no body', async () => {
    const res = await notFound.request('/no/such/page/', { method: 'HEAD' });
    expect(res.status).toBe(404);
    expect(await res.text()).toBe('');
  });
});

describe('HEAD and ranges', () => {
  it('HEAD has the headers and no body', async () => {
    const res = await get('/downloads/all.zip', {}, 'HEAD');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Length')).toBe('5000');
    expect(await res.text()).toBe('');
  });

  it.each([
    ['bytes=0-99', 206, 'bytes 0-99/5000', 100],
    ['bytes=4900-', 206, 'bytes 4900-4999/5000', 100],
    ['bytes=-10', 206, 'bytes 4990-4999/5000', 10],
    ['bytes=4000-9999', 206, 'bytes 4000-4999/5000', 1000],
    ['bytes=6000-7000', 416, 'bytes */5000', 0],
    ['bytes=abc', 416, 'bytes */5000', 0],
  ])('Range %s gets %i (%s)', async (range, status, contentRange, length) => {
    const res = await get('/downloads/all.zip', { Range: range });
    expect(res.status).toBe(status);
    expect(res.headers.get('Content-Range')).toBe(contentRange);
    expect((await res.arrayBuffer()).byteLength).toBe(length);
  });

  it('a range of a text file is of the file itself, never of a compressed copy', async () => {
    const res = await get('/downloads/1-2-1.csv', { Range: 'bytes=0-9', 'Accept-Encoding': 'br' });
    expect(res.status).toBe(206);
    expect(res.headers.get('Content-Encoding')).toBeNull();
    expect(await res.text()).toBe(csv.slice(0, 10));
  });

  it.each([
    ['bytes=0-1,5-6', undefined],
    ['bytes=-', 'invalid'],
    ['bytes=5-2', 'invalid'],
  ])('parseRange(%s) is %j', (header, expected) => {
    expect(parseRange(header, 100)).toEqual(expected);
  });
});

describe('paths', () => {
  it.each([
    ['/../etc/passwd'],
    ['/%2e%2e/%2e%2e/etc/passwd'],
    ['/leak.txt'],
    ['/nothing/here/'],
    ['/%E0%A4%A'],
    ['/index.html%00.png'],
  ])('%s is not served (404 from the next handler)', async (path) => {
    const res = await get(path);
    expect(res.status).toBe(404);
    expect(await res.text()).toBe('not here');
  });

  it('a POST goes on to the next handler', async () => {
    expect((await get('/', {}, 'POST')).status).toBe(404);
  });
});
