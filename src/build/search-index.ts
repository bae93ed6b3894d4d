/**
 * The Pagefind search index, fed each page as Astro renders it (the middleware hands over the HTML), so the
 * indexing runs in Pagefind's own process beside the rendering instead of after it; the build then only writes the
 * index. Each page is given by its path in the output (`goals/1/index.html`), from which Pagefind makes its URL as
 * it does when it reads a folder. If the pages added and the pages written ever disagree, the build indexes the
 * folder instead (`indexFolder`).
 */
import * as pagefind from 'pagefind';

const KEY = Symbol.for('sdg-portal.search-index');
interface Feed { index: pagefind.PagefindIndex; added: Promise<unknown>[]; errors: string[] }
const store = globalThis as unknown as Record<symbol, Feed | undefined>;

/** Starts an index that pages are added to while they render. */
export async function openSearchIndex(): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Search index: ${errors.join('; ')}`);
  store[KEY] = { index, added: [], errors: [] };
}

/** The file Astro writes a page's address to (directory format): `/goals/1/` → `goals/1/index.html`. */
export function outputPath(pathname: string): string {
  const path = decodeURIComponent(pathname).replace(/^\/+/, '');
  if (path === '' || path.endsWith('/')) return `${path}index.html`;
  return path.endsWith('.html') ? path : `${path}/index.html`;
}

/** Adds a rendered page (during a build; elsewhere nothing happens). */
export function addRenderedPage(pathname: string, html: string): void {
  const feed = store[KEY];
  if (!feed) return;
  feed.added.push(feed.index.addHTMLFile({ sourcePath: outputPath(pathname), content: html }).then((r) => {
    if (r.errors.length) feed.errors.push(...r.errors);
  }));
}

/**
 * Writes the index into `outputPath`; `pages` is how many HTML pages the build wrote. Returns the pages indexed.
 * When fewer were added than written (a page Astro wrote without the middleware seeing it), the folder is indexed.
 */
export async function finishSearchIndex(siteDir: string, indexDir: string, pages: number): Promise<{ pages: number; fromFolder: boolean }> {
  let feed = store[KEY];
  if (!feed) throw new Error('The search index was not opened.');
  await Promise.all(feed.added);
  let fromFolder = false;
  let count = feed.added.length;
  if (feed.added.length !== pages || feed.errors.length > 0) {
    await pagefind.close();
    await openSearchIndex();
    feed = store[KEY]!;
    const added = await feed.index.addDirectory({ path: siteDir });
    if (added.errors.length) throw new Error(`Search index: ${added.errors.join('; ')}`);
    fromFolder = true;
    count = added.page_count;
  }
  const written = await feed.index.writeFiles({ outputPath: indexDir });
  if (written.errors.length) throw new Error(`Search index: ${written.errors.join('; ')}`);
  await closeSearchIndex();
  return { pages: count, fromFolder };
}

/** Stops Pagefind (after a failed build too). */
export async function closeSearchIndex(): Promise<void> {
  if (store[KEY]) {
    store[KEY] = undefined;
    await pagefind.close();
  }
}
