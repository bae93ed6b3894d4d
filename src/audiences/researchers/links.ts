/** Where each download of an indicator lives, in one place (pages, the API index and tests use it). */
import type { Indicator } from '../../schemas/model.ts';

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

export function downloadLinks(ind: Indicator) {
  return {
    ...(ind.data && publishedAsCsv(ind) ? { csv: `/downloads/indicator_${ind.id}.csv` } : {}),
    ...(ind.data && !publishedAsCsv(ind) ? { sources: sourceFiles(ind).map(sourceFileHref) } : {}),
    ...(ind.data ? { tidyCsv: `/downloads/${ind.id}-tidy.csv` } : {}),
    json: `/downloads/${ind.id}.json`,
    metadataJson: `/downloads/${ind.id}-metadata.json`,
    metadataCsv: `/downloads/${ind.id}-metadata.csv`,
  };
}

export const ALL_ZIP = '/downloads/all.zip';
