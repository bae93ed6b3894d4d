/**
 * What the editors' preview (`npm run dev`) knows about the data it shows: the problems of the last reading and,
 * when a reading failed outright, why. The dev server's watcher writes it (src/preview/dev-server.ts); the page
 * middleware reads it to show the banner. It lives on globalThis, since Astro renders pages in a module graph
 * of its own, apart from the integration that reloads the data.
 */
import type { Problem } from '../schemas/problem.ts';

export interface PreviewState {
  /** Bumped on every reading, so a page can tell it shows the latest. */
  generation: number;
  /** Every problem of the data, the stories and the concepts, each file as `npm run validate` shows it
   * (`data/uk/data/indicator_1-2-1.csv`, `content/stories/energy.mdx`). */
  problems: Problem[];
  /** Set when the repository could not be read at all: the pages then show the last good reading. */
  failure?: string;
}

const KEY = Symbol.for('sdg-portal.preview');
const store = globalThis as unknown as Record<symbol, PreviewState | undefined>;

/** The preview's state; undefined outside `npm run dev` (a build never shows a banner). */
export function previewState(): PreviewState | undefined {
  return store[KEY];
}

export function setPreviewState(next: Omit<PreviewState, 'generation'>): PreviewState {
  const state = { ...next, generation: (store[KEY]?.generation ?? 0) + 1 };
  store[KEY] = state;
  return state;
}
