/** Where each download of an indicator lives, in one place (pages, the API index and tests use it). */
import type { Indicator } from '../../schemas/model.ts';

export function downloadLinks(ind: Indicator) {
  return {
    ...(ind.data ? { csv: `/downloads/indicator_${ind.id}.csv`, tidyCsv: `/downloads/${ind.id}-tidy.csv` } : {}),
    json: `/downloads/${ind.id}.json`,
    metadataJson: `/downloads/${ind.id}-metadata.json`,
    metadataCsv: `/downloads/${ind.id}-metadata.csv`,
  };
}

export const ALL_ZIP = '/downloads/all.zip';
