/**
 * Compressed copies of the site's text files, written at build time next to each file (`page.html.br`,
 * `page.html.gz`), so the server sends the smallest form a browser accepts without compressing on every
 * request. Only files worth it, by the rules of headers.ts: text formats (see mime.ts) of at least 1 KB whose copy
 * saves a tenth or more.
 * zlib runs in libuv's thread pool, so the work spreads over the machine's cores. Hard links to one file (the SDMX
 * tree's copy of each SDMX-CSV download) are compressed once, their copies linked too.
 */
import { link, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
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

export interface PrecompressResult { files: number; bytes: number; brotliBytes: number; gzipBytes: number }

/** Writes `.br` and `.gz` beside every compressible file under `dir`; returns what it wrote. */
export async function precompress(dir: string, concurrency = 8): Promise<PrecompressResult> {
  const result: PrecompressResult = { files: 0, bytes: 0, brotliBytes: 0, gzipBytes: 0 };
  const queue: string[] = [];
  for await (const path of files(dir)) if (isCompressible(path)) queue.push(path);
  const linked = new Map<string, Promise<string | undefined>>();
  const work = async () => {
    for (let path = queue.pop(); path !== undefined; path = queue.pop()) {
      const info = await stat(path);
      if (info.nlink > 1) {
        const inode = `${info.dev}:${info.ino}`;
        const first = linked.get(inode);
        if (first) {
          const done = await first;
          if (done) for (const { suffix } of ENCODINGS) await link(`${done}${suffix}`, `${path}${suffix}`);
          continue;
        }
        const once = compressOne(path, result);
        linked.set(inode, once.catch(() => undefined));
        await once;
        continue;
      }
      await compressOne(path, result);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, work));
  return result;
}

/** Writes the compressed copies of one file, when worth it; returns its path when it did. */
async function compressOne(path: string, result: PrecompressResult): Promise<string | undefined> {
  const body = await readFile(path);
  if (body.length < COMPRESS_MIN_BYTES) return undefined;
  const [b, g] = await Promise.all([
    // Brotli quality 5 of 11 and gzip 6 of 9: most of the saving for a small part of the time.
    brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
    gz(body, { level: 6 }),
  ]);
  if (!worthCompressing(body.length, b.length)) return undefined;
  await Promise.all([writeFile(`${path}.br`, b), writeFile(`${path}.gz`, g)]);
  result.files++;
  result.bytes += body.length;
  result.brotliBytes += b.length;
  result.gzipBytes += g.length;
  return path;
}
