/**
 * What goes into all.zip: per indicator the CSV as published, the tidy CSV and the metadata (JSON, CSV, source
 * file). `read` gives a repository file's bytes (the confined reader of src/site/node-files.ts).
 */
import { join } from 'node:path';
import { strToU8 } from 'fflate';
import type { SiteModel } from '../../schemas/model.ts';
import { metadataCsv, metadataJson } from './metadata-export.ts';
import { tidyTable, toCsv } from './tidy.ts';
import type { ZipEntry } from './zip.ts';
import { publishedAsCsv, sourceFiles } from './links.ts';

export function archiveEntries(site: SiteModel, root: string, read: (path: string) => Uint8Array): ZipEntry[] {
  // An SDMX message may hold several indicators: each source file goes in once, under its own path.
  const sources = new Set<string>();
  return site.indicators.flatMap((ind) => [
    ...(ind.data && publishedAsCsv(ind) ? [{ path: `data/indicator_${ind.id}.csv`, bytes: read(join(root, ind.data.file)) }] : []),
    ...(ind.data && !publishedAsCsv(ind)
      ? sourceFiles(ind).filter((f) => !sources.has(f) && sources.add(f)).map((f) => ({ path: f, bytes: read(join(root, f)) }))
      : []),
    ...(ind.data ? [{ path: `tidy/${ind.id}-tidy.csv`, bytes: strToU8(toCsv(tidyTable(ind))) }] : []),
    ...(ind.metaFile ? [{ path: ind.metaFile, bytes: read(join(root, ind.metaFile)) }] : []),
    { path: `metadata/${ind.id}-metadata.json`, bytes: strToU8(JSON.stringify(metadataJson(ind))) },
    { path: `metadata/${ind.id}-metadata.csv`, bytes: strToU8(metadataCsv(ind)) },
  ]);
}
