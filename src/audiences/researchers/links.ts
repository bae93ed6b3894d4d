/** Where each download of an indicator lives, in one place (pages, the API index and tests use it). */
import type { Indicator } from '../../schemas/model.ts';
import { localize } from '../../site/routes.ts';
import { hasSdmxFlow } from '../../pipeline/sdmx/site-export.ts';
import { SDMX_INDEX, SITE_SDMX_ZIP } from '../../pipeline/sdmx/tree.ts';

/** The files an indicator's data were read from, relative to the repository root (several for SDMX messages). */
export function sourceFiles(ind: Indicator): string[] {
  const data = ind.rawData ?? ind.data;
  if (!data) return [];
  return [...new Set([data.file, ...data.observations.flatMap((o) => (o.file ? [o.file] : []))])];
}

/** True when the data came from one CSV file, which is then offered exactly as published. */
export const publishedAsCsv = (ind: Indicator) => {
  const files = sourceFiles(ind);
  return files.length === 1 && /\.csv$/i.test(files[0]!);
};

/** `/downloads/source/1.1.1.xml`: a source file other than CSV (an SDMX-ML message), as published. */
export const sourceFileHref = (file: string) => `/downloads/source/${file.slice(file.lastIndexOf('/') + 1)}`;

/**
 * Files that are the same bytes in any language (the CSV and source files as published) live once, at the root;
 * the rest (JSON, metadata, the tidy CSV where there is no published CSV) are in the page's language.
 */
export function downloadLinks(ind: Indicator, lang?: string) {
  return {
    ...(ind.data && publishedAsCsv(ind) ? { csv: `/downloads/indicator_${ind.id}.csv` } : {}),
    ...(ind.data && !publishedAsCsv(ind) ? { sources: sourceFiles(ind).map(sourceFileHref) } : {}),
    // The tidy CSV is served where it is the only CSV (the data were not published as one); all.zip has every one.
    ...(ind.data && !publishedAsCsv(ind) ? { tidyCsv: localize(`/downloads/${ind.id}-tidy.csv`, lang) } : {}),
    json: localize(`/downloads/${ind.id}.json`, lang),
    metadataJson: localize(`/downloads/${ind.id}-metadata.json`, lang),
    metadataCsv: localize(`/downloads/${ind.id}-metadata.csv`, lang),
    // SDMX files hold codes, not words: one copy at the root serves every language.
    ...(hasSdmxFlow(ind) ? { sdmxCsv: `/downloads/${ind.id}.sdmx.csv` } : {}),
  };
}

/** The SDMX index (every dataflow, its data and structures) and the site-wide SDMX-CSV. */
export const sdmxLinks = { index: SDMX_INDEX, allZip: SITE_SDMX_ZIP };

export const allZip = (lang?: string) => localize('/downloads/all.zip', lang);
