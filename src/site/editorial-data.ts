/**
 * The editorial content (stories, concepts), read once per process from the folders `contentDirs` names
 * and checked against the site model. The build script checks it before Astro runs.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { contentDirs } from './content-dirs.ts';
import { buildEditorial, type Editorial } from '../editorial/editorial.ts';
import type { SourceFile } from '../editorial/concepts.ts';
import { getSite } from './site-data.ts';

function readDir(dir: string, ext: RegExp): SourceFile[] {
  if (!existsSync(dir)) return [];
  const shown = (p: string) => (relative(process.cwd(), p).startsWith('..') ? p : relative(process.cwd(), p));
  return readdirSync(dir).filter((n) => ext.test(n)).sort().map((n) => ({ path: shown(join(dir, n)), text: readFileSync(join(dir, n), 'utf8') }));
}

const KEY = Symbol.for('sdg-portal.editorial');
const store = globalThis as unknown as Record<symbol, { dir: string; editorial: Editorial } | undefined>;

export function getEditorial(): Editorial {
  const dirs = contentDirs();
  const dir = `${dirs.concepts}|${dirs.stories ?? ''}`;
  const cached = store[KEY];
  if (cached && cached.dir === dir) return cached.editorial;
  const stories = dirs.stories ? readDir(dirs.stories, /\.mdx$/) : [];
  const editorial = buildEditorial(readDir(dirs.concepts, /\.ya?ml$/), stories, getSite());
  store[KEY] = { dir, editorial };
  return editorial;
}
