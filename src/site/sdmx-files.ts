/**
 * Writes the SDMX tree (`/sdmx/…`, `/downloads/<id>.sdmx.csv`) into a built site, after Astro: plain files, one
 * pass, no page per indicator.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildDate } from '../editorial/today.ts';
import type { SdmxExport } from '../pipeline/sdmx/model.ts';
import { sdmxFiles } from '../pipeline/sdmx/tree.ts';

/** "Prepared" in every message header: BUILD_DATE when set (reproducible builds), else now. */
export function preparedTime(env: NodeJS.ProcessEnv = process.env, now = new Date()): string {
  const fixed = env['BUILD_DATE'] ? buildDate(env) : now;
  return `${fixed.toISOString().slice(0, 19)}Z`;
}

export function writeSdmxTree(outDir: string, exp: SdmxExport, prepared = preparedTime()): { files: number; bytes: number } {
  const made = new Set<string>();
  let files = 0;
  let bytes = 0;
  for (const file of sdmxFiles(exp, prepared)) {
    const path = join(outDir, file.path);
    const dir = dirname(path);
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    if ('text' in file) {
      writeFileSync(path, file.text);
      bytes += Buffer.byteLength(file.text);
    } else {
      writeFileSync(path, file.bytes);
      bytes += file.bytes.byteLength;
    }
    files++;
  }
  return { files, bytes };
}
