/**
 * Compressed copies of the site's text files, written at build time next to each file (`page.html.br`,
 * `page.html.gz`), so the server sends the smallest form a browser accepts without compressing on every
 * request. Only files worth it, by the rules of headers.ts: text formats (see mime.ts) of at least 1 KB whose copy
 * saves a tenth or more.
 * zlib runs in libuv's thread pool, so the work spreads over the machine's cores. With the build cache, copies
 * are kept under a hash of the file's bytes: a file that did not change since the last build gets its copies
 * linked from the cache instead of compressed again.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { cacheKey, linkOrCopy, type BuildCache } from '../build/cache.ts';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { isCompressible } from './mime.ts';
import { COMPRESS_MIN_BYTES, ENCODINGS, worthCompressing } from './headers.ts';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

async function* files(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (entry.isFile()) yield path;
  }
}

export interface PrecompressResult { files: number; bytes: number; brotliBytes: number; gzipBytes: number; cached: number }

/** Writes `.br` and `.gz` beside every compressible file under `dir`; returns what it wrote. */
export interface PrecompressOptions {
  /** Compressed copies kept from earlier builds (see src/build/cache.ts). */
  cache?: BuildCache | undefined;
  /** Only files this accepts (the build compresses the search index on its own, once Pagefind is done). */
  only?: (path: string) => boolean;
}

export async function precompress(dir: string, concurrency = 8, opts: PrecompressOptions = {}): Promise<PrecompressResult> {
  const result: PrecompressResult = { files: 0, bytes: 0, brotliBytes: 0, gzipBytes: 0, cached: 0 };
  const queue: string[] = [];
  for await (const path of files(dir)) if (isCompressible(path) && (opts.only?.(path) ?? true)) queue.push(path);
  const { cache } = opts;
  const work = async () => {
    for (let path = queue.pop(); path !== undefined; path = queue.pop()) {
      const body = await readFile(path);
      if (body.length < COMPRESS_MIN_BYTES) continue;
      const key = cache?.dir ? cacheKey('br5-gz6', body) : '';
      const hit = key ? cache!.lookup('compressed', key) : undefined;
      if (hit) {
        result.cached++;
        if (hit.files.length === 0) continue;
        for (const { suffix } of ENCODINGS) linkOrCopy(join(hit.dir, `copy${suffix}`), `${path}${suffix}`);
        result.files++;
        result.bytes += body.length;
        result.brotliBytes += statSync(`${path}.br`).size;
        result.gzipBytes += statSync(`${path}.gz`).size;
        continue;
      }
      const [b, g] = await Promise.all([
        // Brotli quality 5 of 11 and gzip 6 of 9: most of the saving for a small part of the time.
        brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
        gz(body, { level: 6 }),
      ]);
      const worth = worthCompressing(body.length, b.length);
      if (key) {
        // Not worth it is remembered too (an entry with no copies), so the file is not compressed again to find out.
        cache!.store('compressed', key, worth ? [{ path: 'copy.br', bytes: b }, { path: 'copy.gz', bytes: g }] : []);
      }
      if (!worth) continue;
      if (key && existsSync(join(cache!.filesOf('compressed', key), 'copy.br'))) {
        for (const { suffix } of ENCODINGS) linkOrCopy(join(cache!.filesOf('compressed', key), `copy${suffix}`), `${path}${suffix}`);
      } else await Promise.all([writeFile(`${path}.br`, b), writeFile(`${path}.gz`, g)]);
      result.files++;
      result.bytes += body.length;
      result.brotliBytes += b.length;
      result.gzipBytes += g.length;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, work));
  return result;
}
