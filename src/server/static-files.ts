/**
 * The built site as a production static server would send it: the compressed copy the browser accepts
 * (brotli, then gzip, written at build time by precompress.ts), correct types, an ETag for every file with
 * 304 answers to a browser that has it already, `immutable` caching for Astro's hashed assets and
 * revalidation for everything else, HEAD, and byte ranges (a researcher resuming all.zip). Paths never leave
 * the site's folder, symbolic links included.
 */
import { createReadStream, type Stats } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { Readable } from 'node:stream';
import type { MiddlewareHandler } from 'hono';
import { contentType, isCompressible } from './mime.ts';
import { ENCODINGS } from './precompress.ts';

/** Hashed file names never change content: a year of caching. Everything else is checked on each visit. */
export function cacheControl(urlPath: string): string {
  return urlPath.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate';
}

const etagOf = (s: Stats, encoding = '') => `"${s.size.toString(16)}-${Math.floor(s.mtimeMs).toString(16)}${encoding ? `-${encoding}` : ''}"`;

/** The encodings a request accepts (q=0 refused), in the server's order of preference. */
export function acceptedEncodings(header: string | undefined): string[] {
  if (!header) return [];
  const accepted = new Set<string>();
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (q && Number(q.slice(2)) === 0) continue;
    if (name) accepted.add(name);
  }
  return ENCODINGS.map((e) => e.name).filter((n) => accepted.has(n) || accepted.has('*'));
}

/** A single byte range of a file of `size` bytes, or 'invalid' (answered 416); multi-range requests get the whole file. */
export function parseRange(header: string, size: number): { start: number; end: number } | 'invalid' | undefined {
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m) return header.includes(',') ? undefined : 'invalid';
  const [, a, b] = m;
  if (a === '' && b === '') return 'invalid';
  let start: number;
  let end: number;
  if (a === '') {
    start = Math.max(size - Number(b), 0);
    end = size - 1;
  } else {
    start = Number(a);
    end = b === '' ? size - 1 : Math.min(Number(b), size - 1);
  }
  if (start > end || start >= size) return 'invalid';
  return { start, end };
}

async function fileAt(root: string, urlPath: string): Promise<{ path: string; stats: Stats } | undefined> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.split('/').includes('..')) return undefined;
  let path = join(root, decoded);
  let stats = await stat(path).catch(() => undefined);
  if (stats?.isDirectory()) {
    path = join(path, 'index.html');
    stats = await stat(path).catch(() => undefined);
  }
  if (!stats?.isFile()) return undefined;
  const real = await realpath(path).catch(() => undefined);
  if (!real || !(real === root || real.startsWith(root + sep))) return undefined;
  return { path, stats };
}

const body = (path: string, range?: { start: number; end: number }) =>
  Readable.toWeb(createReadStream(path, range)) as ReadableStream<Uint8Array>;

/** Hono middleware serving `root`; requests for files it does not have go on to the next handler. */
export function staticFiles(rootDir: string): MiddlewareHandler {
  let root: string | undefined;
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    root ??= await realpath(resolve(rootDir));
    const urlPath = new URL(c.req.url).pathname;
    const found = await fileAt(root, urlPath);
    if (!found) return next();
    const head = c.req.method === 'HEAD';
    const headers = new Headers({ 'Content-Type': contentType(found.path), 'Cache-Control': cacheControl(urlPath) });
    const compressible = isCompressible(found.path);
    if (compressible) headers.set('Vary', 'Accept-Encoding');

    // A compressed copy, when the browser takes one and the build wrote it (a byte range is of the file itself).
    const rangeHeader = c.req.header('range');
    for (const encoding of compressible && !rangeHeader ? acceptedEncodings(c.req.header('accept-encoding')) : []) {
      const suffix = ENCODINGS.find((e) => e.name === encoding)!.suffix;
      const copy = await stat(found.path + suffix).catch(() => undefined);
      if (!copy?.isFile()) continue;
      const etag = etagOf(found.stats, encoding);
      headers.set('ETag', etag);
      if (c.req.header('if-none-match') === etag) return new Response(null, { status: 304, headers });
      headers.set('Content-Encoding', encoding);
      headers.set('Content-Length', String(copy.size));
      return new Response(head ? null : body(found.path + suffix), { status: 200, headers });
    }

    const etag = etagOf(found.stats);
    headers.set('ETag', etag);
    headers.set('Accept-Ranges', 'bytes');
    if (c.req.header('if-none-match') === etag) return new Response(null, { status: 304, headers });
    const size = found.stats.size;
    const ifRange = c.req.header('if-range');
    const range = rangeHeader && (!ifRange || ifRange === etag) ? parseRange(rangeHeader, size) : undefined;
    if (range === 'invalid') {
      headers.set('Content-Range', `bytes */${size}`);
      return new Response(null, { status: 416, headers });
    }
    if (range) {
      headers.set('Content-Range', `bytes ${range.start}-${range.end}/${size}`);
      headers.set('Content-Length', String(range.end - range.start + 1));
      return new Response(head ? null : body(found.path, range), { status: 206, headers });
    }
    headers.set('Content-Length', String(size));
    return new Response(head ? null : body(found.path), { status: 200, headers });
  };
}
