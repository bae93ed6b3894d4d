/**
 * Where the explorer's data files live and what they hold, per indicator and language (the format is
 * src/charts/explorer-data.ts): `/explorer/<id>/i-<hash>.json` (the index the page points to) and
 * `/explorer/<id>/c-<hash>.json` (chunks), `/<lang>/explorer/…` in other languages. Names carry a hash of the
 * content, so browsers keep them a year (see HASHED_FOLDERS in src/server/headers.ts).
 *
 * The one interface the build needs: `explorerFilesOf(indicator)` → the index's address and every file's path and
 * text, computed once per indicator model and shared by the page (which links the index) and whatever writes the
 * files (today the Astro route src/pages/[...lang]/explorer/[id]/[file].ts).
 */
import { createHash } from 'node:crypto';
import { explorerFiles } from '../charts/explorer-data.ts';
import type { Indicator } from '../schemas/model.ts';
import { explorerData } from './headline-chart.ts';
import { hasData } from './site-data.ts';

export const EXPLORER_FOLDER = '/explorer/';

export interface ExplorerFileSet {
  /** The index's path below the language's root (`explorer/1-2-1/i-AbC….json`): `localize('/' + index)` is its address. */
  index: string;
  /** Every file, by its path below the language's root (`explorer/1-2-1/c-XyZ….json`). */
  files: { path: string; text: string }[];
}

/** A short hash of a file's content, for its name (so its address changes when it does). */
export const contentHash = (text: string) => createHash('sha256').update(text).digest('base64url').slice(0, 12);
const made = new WeakMap<Indicator, ExplorerFileSet>();

/** The explorer's files for an indicator with values (in the language of its model), or undefined. */
export function explorerFilesOf(ind: Indicator): ExplorerFileSet | undefined {
  if (!hasData(ind)) return undefined;
  let set = made.get(ind);
  if (!set) {
    const folder = `${EXPLORER_FOLDER.slice(1)}${ind.id}/`;
    const { index, chunks } = explorerFiles(explorerData(ind), (text) => `c-${contentHash(text)}.json`);
    const indexName = `i-${contentHash(index)}.json`;
    set = {
      index: `${folder}${indexName}`,
      files: [{ path: `${folder}${indexName}`, text: index }, ...chunks.map((c) => ({ path: `${folder}${c.name}`, text: c.text }))],
    };
    made.set(ind, set);
  }
  return set;
}
