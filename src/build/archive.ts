/**
 * all.zip, streamed: every entry is read, hashed and deflated one at a time and written out as it is packed, so
 * the archive of a repository of any size never sits in memory whole; `manifest.json` (each file's size and
 * SHA-256) comes last. The archive is cached under a key made of its entries' paths and checksums: when no file
 * changed, the archive of the last build is reused (its `generated` time is then when those contents were packed).
 */
import { createHash } from 'node:crypto';
import { createWriteStream, mkdirSync, readFileSync } from 'node:fs';
import { once } from 'node:events';
import { basename, dirname, join } from 'node:path';
import { Zip, ZipDeflate, strToU8 } from 'fflate';
import { repositoryFromEnv } from '../site/config.ts';
import { repositoryFiles } from '../site/node-files.ts';
import { cacheKey, type BuildCache } from './cache.ts';
import { threadSeconds } from './profile.ts';

/**
 * One entry: its path in the archive, and where its bytes are: a repository file (`repo`, relative to its root,
 * read through the confined reader), a file the build wrote (`file`), or the text itself.
 */
export interface ArchiveSource { path: string; repo?: string; file?: string; text?: string }

const MTIME = new Date('2000-01-01T00:00:00Z');
function bytesOf(e: ArchiveSource): Uint8Array {
  if (e.repo !== undefined) {
    const at = repositoryFromEnv();
    return repositoryFiles(at).readBytes(join(at.root, e.repo));
  }
  return e.file !== undefined ? readFileSync(e.file) : strToU8(e.text ?? '');
}

export interface ArchiveResult { files: number; cached: boolean; seconds: number }

/** Each entry's path, size and SHA-256 (the manifest), and the cache key they make. */
export function archiveManifest(entries: readonly ArchiveSource[]): { key: string; files: ManifestFile[] } {
  const files = entries.map((e) => {
    const bytes = bytesOf(e);
    return { path: e.path, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
  });
  return { key: cacheKey('all.zip', JSON.stringify(files)), files };
}

export interface ManifestFile { path: string; bytes: number; sha256: string }

/** Links the archive of the same entries from the cache; false when there is none. */
export function restoreArchive(key: string, outFile: string, cache: BuildCache): boolean {
  return cache.restore('archive', key, dirname(outFile)) !== undefined;
}

/** Packs the archive (entries read again one at a time) into the cache and links it to `outFile`. */
export async function writeArchive(entries: readonly ArchiveSource[], manifest: { key: string; files: ManifestFile[] }, outFile: string, generated: string, cache: BuildCache): Promise<ArchiveResult> {
  const started = threadSeconds();
  const name = basename(outFile);
  mkdirSync(dirname(outFile), { recursive: true });
  const temp = join(dirname(outFile), `.${name}.${process.pid}.part`);
  const out = createWriteStream(temp);
  let failed: Error | undefined;
  let backlog = false;
  const done = new Promise<void>((resolve, reject) => {
    out.on('finish', resolve);
    out.on('error', reject);
  });
  const zip = new Zip((error, chunk, final) => {
    if (error) failed = error;
    else if (!out.write(chunk)) backlog = true;
    if (final || error) out.end();
  });
  const add = async (path: string, bytes: Uint8Array) => {
    const entry = new ZipDeflate(path, { level: 6 });
    // Fixed timestamps keep the archive identical between builds of the same data.
    entry.mtime = MTIME;
    zip.add(entry);
    entry.push(bytes, true);
    if (backlog) {
      backlog = false;
      await once(out, 'drain');
    }
  };
  for (const e of entries) await add(e.path, bytesOf(e));
  await add('manifest.json', strToU8(JSON.stringify({ generated, files: manifest.files }, null, 2)));
  zip.end();
  await done;
  if (failed) throw failed;
  cache.adopt('archive', manifest.key, [{ path: name, from: temp }], dirname(outFile));
  return { files: manifest.files.length, cached: false, seconds: threadSeconds() - started };
}
