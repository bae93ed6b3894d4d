/**
 * The site-wide archive: every file given, plus `manifest.json` listing each file's size and SHA-256.
 * Pure apart from hashing; the caller gathers the files.
 */
import { createHash } from 'node:crypto';
import { zipSync, strToU8 } from 'fflate';

export interface ZipEntry {
  path: string;
  bytes: Uint8Array;
}

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export function buildArchive(entries: ZipEntry[], generated: string): Uint8Array {
  const manifest = {
    generated,
    files: entries.map((e) => ({ path: e.path, bytes: e.bytes.length, sha256: sha256(e.bytes) })),
  };
  const files: Record<string, Uint8Array> = {};
  for (const e of entries) files[e.path] = e.bytes;
  files['manifest.json'] = strToU8(JSON.stringify(manifest, null, 2));
  // Fixed timestamps keep the archive identical between builds of the same data.
  return zipSync(files, { level: 6, mtime: new Date('2000-01-01T00:00:00Z') });
}
