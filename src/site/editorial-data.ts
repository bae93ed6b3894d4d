/**
 * The editorial content (stories, concepts), read once per process from the folders `contentDirs` names
 * and checked against the site model. The build script checks it before Astro runs.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { contentDirs } from './content-dirs.ts';
import { buildEditorial, type Editorial } from '../editorial/editorial.ts';
import type { SourceFile } from '../editorial/concepts.ts';
import { getSite, siteLanguages } from './site-data.ts';

const LANGUAGE_FOLDER = /^[a-z]{2,3}(?:[-_][A-Za-z]{2,4})?$/;

/** The files of `dir`, and (with `languages`) those of its language folders (`stories/fr/…`). */
function readDir(dir: string, ext: RegExp, languages = false): SourceFile[] {
  if (!existsSync(dir)) return [];
  const shown = (p: string) => (relative(process.cwd(), p).startsWith('..') ? p : relative(process.cwd(), p));
  const own = readdirSync(dir).filter((n) => ext.test(n)).sort().map((n) => ({ path: shown(join(dir, n)), text: readFileSync(join(dir, n), 'utf8') }));
  if (!languages) return own;
  const folders = readdirSync(dir).filter((n) => LANGUAGE_FOLDER.test(n) && statSync(join(dir, n)).isDirectory()).sort();
  return [...own, ...folders.flatMap((lang) => readDir(join(dir, lang), ext).map((f) => ({ ...f, lang })))];
}

const KEY = Symbol.for('sdg-portal.editorial');
const store = globalThis as unknown as Record<symbol, { dir: string; editorial: Editorial } | undefined>;

export function getEditorial(): Editorial {
  const dirs = contentDirs();
  const dir = `${dirs.concepts}|${dirs.stories ?? ''}`;
  const cached = store[KEY];
  if (cached && cached.dir === dir) return cached.editorial;
  const stories = dirs.stories ? readDir(dirs.stories, /\.mdx$/, true) : [];
  const site = getSite(siteLanguages().default);
  const editorial = buildEditorial(readDir(dirs.concepts, /\.ya?ml$/), stories, site, site.lang);
  store[KEY] = { dir, editorial };
  return editorial;
}
