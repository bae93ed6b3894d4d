/**
 * The built site as a production static server would send it: the compressed copy the browser accepts
 * (brotli, then gzip, written at build time by precompress.ts), correct types, an ETag for every file with
 * 304 answers to a browser that has it already, caching by the rules of headers.ts (`immutable` for hashed
 * names, revalidation for everything else), HEAD, byte ranges (a researcher resuming all.zip), and the site's
 * 404 page with status 404. Paths never leave the site's folder, symbolic links included.
 */
import { createReadStream, type Stats } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { Readable } from 'node:stream';
import type { Context, MiddlewareHandler } from 'hono';
import { contentType, isCompressible } from './mime.ts';
import { acceptedEncodings, cacheControl, CACHE_NOT_FOUND, ENCODINGS, typeByPath } from './headers.ts';

const etagOf = (s: Stats, encoding = '') => `"${s.size.toString(16)}-${Math.floor(s.mtimeMs).toString(16)}${encoding ? `-${encoding}` : ''}"`;

/**
 * Whether an If-None-Match header names `etag`: `*`, or a list of tags compared weakly (a `W/` tag a proxy
 * weakened still matches), as RFC 9110 asks for GET and HEAD.
 */
export function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => opaque(tag) === opaque(etag));
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

/** The compressed copy the request accepts and the build wrote, if any. */
async function compressedCopy(c: Context, path: string): Promise<{ encoding: string; path: string; size: number } | undefined> {
  for (const encoding of acceptedEncodings(c.req.header('accept-encoding'))) {
    const copyPath = path + ENCODINGS.find((e) => e.name === encoding)!.suffix;
    const copy = await stat(copyPath).catch(() => undefined);
    if (copy?.isFile()) return { encoding, path: copyPath, size: copy.size };
  }
  return undefined;
}

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
    const headers = new Headers({ 'Content-Type': typeByPath(urlPath) ?? contentType(found.path), 'Cache-Control': cacheControl(urlPath) });
    const compressible = isCompressible(found.path);
    if (compressible) headers.set('Vary', 'Accept-Encoding');
    const ifNoneMatch = c.req.header('if-none-match');

    // A compressed copy, when the browser takes one and the build wrote it (a byte range is of the file itself).
    const rangeHeader = c.req.header('range');
    const copy = compressible && !rangeHeader ? await compressedCopy(c, found.path) : undefined;
    if (copy) {
      const etag = etagOf(found.stats, copy.encoding);
      headers.set('ETag', etag);
      if (matchesEtag(ifNoneMatch, etag)) return new Response(null, { status: 304, headers });
      headers.set('Content-Encoding', copy.encoding);
      headers.set('Content-Length', String(copy.size));
      return new Response(head ? null : body(copy.path), { status: 200, headers });
    }

    const etag = etagOf(found.stats);
    headers.set('ETag', etag);
    headers.set('Accept-Ranges', 'bytes');
    if (matchesEtag(ifNoneMatch, etag)) return new Response(null, { status: 304, headers });
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

/**
 * The site's 404 page (`404.html`) with status 404, compressed like any page, never cached without asking again;
 * a plain line when the build has none.
 */
export function notFoundPage(rootDir: string): (c: Context) => Promise<Response> {
  const page = join(resolve(rootDir), '404.html');
  return async (c) => {
    const head = c.req.method === 'HEAD';
    const headers = new Headers({ 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': CACHE_NOT_FOUND, Vary: 'Accept-Encoding' });
    const stats = await stat(page).catch(() => undefined);
    if (!stats?.isFile()) return new Response(head ? null : 'Not found', { status: 404, headers: { ...Object.fromEntries(headers), 'Content-Type': 'text/plain; charset=utf-8' } });
    const copy = await compressedCopy(c, page);
    if (copy) headers.set('Content-Encoding', copy.encoding);
    headers.set('Content-Length', String(copy?.size ?? stats.size));
    return new Response(head ? null : body(copy?.path ?? page), { status: 404, headers });
  };
}
