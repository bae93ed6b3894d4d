/** Where the history's pages and files live. */
import { localize } from '../../site/routes.ts';

/** `/downloads/versions/1-1-1/2024-06-10-9bf464f.csv`: an earlier version of the CSV, the same bytes in any language. */
export const versionHref = (id: string, file: string) => `/downloads/versions/${id}/${file}`;
export const changesHref = (lang?: string) => localize('/changes/', lang);
export const changesFeedHref = (lang?: string) => localize('/changes/feed.xml', lang);
/** A `YYYY-MM-DD` day as a date at midnight UTC. */
export const dayDate = (day: string) => new Date(`${day}T00:00:00Z`);
