/**
 * The explorer's data in the browser: the index first, then the chunks each view needs (src/charts/explorer-data.ts
 * says what they hold). Small on purpose: the page's boot script imports it on the first hover, touch or focus of
 * "Explore the data", so the index and the default view's chunk are on their way before the press.
 */
import { chunksFor, fillChunk, skeletonOf, type ExplorerChunk, type ExplorerIndex } from '../explorer-data.ts';
import type { DimensionNode, ExplorerData } from '../time-series.ts';

export interface ExplorerSource {
  /** Every time series; observations are there once `load` has fetched their chunk. */
  data: ExplorerData;
  /** Fetches (once) the chunks a view of this series, unit and breakdowns needs. */
  load(sel: { series?: string | undefined; unit?: string | undefined; dims?: Record<string, string[]> }, nodes?: DimensionNode[]): Promise<void>;
}

async function json<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${response.status} ${url}`);
  return response.json() as Promise<T>;
}

/** Opens an indicator's explorer data at `indexUrl`; `first` (the default series and unit) starts its chunk at once. */
export async function openExplorerSource(indexUrl: string, first?: { series?: string | undefined; unit?: string | undefined }): Promise<ExplorerSource> {
  const index = await json<ExplorerIndex>(indexUrl);
  const data = skeletonOf(index);
  const base = new URL(indexUrl, location.href);
  const fetched = new Map<number, Promise<void>>();
  const fetchChunk = (c: number) => {
    let done = fetched.get(c);
    if (!done) {
      done = json<ExplorerChunk>(new URL(index.chunks[c]!, base).href).then((chunk) => fillChunk(index, data, chunk));
      // A failed fetch is tried again by the next view that needs it.
      done.catch(() => fetched.delete(c));
      fetched.set(c, done);
    }
    return done;
  };
  const load: ExplorerSource['load'] = async (sel, nodes) => {
    await Promise.all(chunksFor(index, data, sel, nodes).map(fetchChunk));
  };
  if (first) load(first).catch(() => undefined);
  return { data, load };
}
