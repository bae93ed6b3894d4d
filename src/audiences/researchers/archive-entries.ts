/**
 * What goes into all.zip: per indicator the CSV as published, the tidy CSV and the metadata (JSON, CSV, source
 * file). The build streams them from the files it wrote (src/build/archive.ts); a repository file is named by its
 * path in the repository and read through the confined reader.
 */
import { join } from 'node:path';
import { strToU8 } from 'fflate';
import type { SiteModel } from '../../schemas/model.ts';
import { metadataCsv, metadataJson } from './metadata-export.ts';
import { tidyTable, toCsv } from './tidy.ts';
import type { ZipEntry } from './zip.ts';
import { publishedAsCsv, sourceFiles } from './links.ts';

/** Where the build writes an indicator's tidy CSV (see tidyCsvPath in src/build/indicator-files.ts). */
const tidyFile = (ind: SiteModel['indicators'][number]) => (publishedAsCsv(ind) ? `.archive-only/tidy/${ind.id}-tidy.csv` : `downloads/${ind.id}-tidy.csv`);

/** Where an entry's bytes are: a repository file, a file the build wrote (`written`, below the language's root), or text. */
export type EntrySource = { path: string } & ({ repo: string } | { written: string; text: () => string } | { text: () => string });

/**
 * The archive's entries in order. `written(path)` tells whether the build wrote that file (the per-indicator files
 * of paged indicators); others (an Open SDG placeholder's metadata) are made here.
 */
export function archiveSources(site: SiteModel, written: (path: string) => boolean = () => false): EntrySource[] {
  // An SDMX message may hold several indicators: each source file goes in once, under its own path.
  const sources = new Set<string>();
  const made = (path: string, file: string, text: () => string): EntrySource => (written(file) ? { path, written: file, text } : { path, text });
  return site.indicators.flatMap((ind): EntrySource[] => [
    ...(ind.data && publishedAsCsv(ind) ? [{ path: `data/indicator_${ind.id}.csv`, repo: ind.data.file }] : []),
    ...(ind.data && !publishedAsCsv(ind) ? sourceFiles(ind).filter((f) => !sources.has(f) && sources.add(f)).map((f) => ({ path: f, repo: f })) : []),
    ...(ind.data ? [made(`tidy/${ind.id}-tidy.csv`, tidyFile(ind), () => toCsv(tidyTable(ind)))] : []),
    ...(ind.metaFile ? [{ path: ind.metaFile, repo: ind.metaFile }] : []),
    made(`metadata/${ind.id}-metadata.json`, `downloads/${ind.id}-metadata.json`, () => JSON.stringify(metadataJson(ind))),
    made(`metadata/${ind.id}-metadata.csv`, `downloads/${ind.id}-metadata.csv`, () => metadataCsv(ind)),
  ]);
}

/** The entries with their bytes, in memory (the dev server's all.zip; the build streams instead). */
export function archiveEntries(site: SiteModel, root: string, read: (path: string) => Uint8Array): ZipEntry[] {
  return archiveSources(site).map((e) => ({ path: e.path, bytes: 'repo' in e ? read(join(root, e.repo)) : strToU8(e.text()) }));
}
