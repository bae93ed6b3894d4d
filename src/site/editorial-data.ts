/**
 * The editorial content (stories, concepts), read once per process from the folders `contentDirs` names
 * and checked against the site model. The build script checks it before Astro runs. Files are read through
 * the confined reader: a link out of the content folder, a loop or a link to nothing is a located error.
 */
import { join, relative } from 'node:path';
import { contentDirs } from './content-dirs.ts';
import { buildEditorial, type Editorial } from '../editorial/editorial.ts';
import type { SourceFile } from '../editorial/concepts.ts';
import { RefusedFile, type ReadEffects } from '../pipeline/effects.ts';
import type { Problem } from '../schemas/problem.ts';
import { filesWithin, refusedLinks } from './node-files.ts';
import { getSite, siteLanguages } from './site-data.ts';
import { append } from '../pipeline/extent.ts';

const LANGUAGE_FOLDER = /^[a-z]{2,3}(?:[-_][A-Za-z]{2,4})?$/;

const shown = (p: string) => (relative(process.cwd(), p).startsWith('..') ? p : relative(process.cwd(), p));

const refusal = (e: RefusedFile): Problem => ({ severity: 'error', file: shown(e.path), line: 1, message: e.reason, hint: e.hint });

/** The files of `dir`, and (with `languages`) those of its language folders (`stories/fr/…`). */
function readDir(fx: ReadEffects, dir: string, ext: RegExp, problems: Problem[], languages = false): SourceFile[] {
  const attempt = <T>(read: () => T, fallback: T): T => {
    try {
      return read();
    } catch (e) {
      if (!(e instanceof RefusedFile)) throw e;
      problems.push(refusal(e));
      return fallback;
    }
  };
  const names = attempt(() => fx.list(dir), []).sort();
  const own = names.filter((n) => ext.test(n)).flatMap((n) => {
    const text = attempt<string | undefined>(() => fx.read(join(dir, n)), undefined);
    return text === undefined ? [] : [{ path: shown(join(dir, n)), text }];
  });
  if (!languages) return own;
  const folders = names.filter((n) => LANGUAGE_FOLDER.test(n));
  return [...own, ...folders.flatMap((lang) => readDir(fx, join(dir, lang), ext, problems).map((f) => ({ ...f, lang })))];
}

const KEY = Symbol.for('sdg-portal.editorial');
const store = globalThis as unknown as Record<symbol, { dir: string; editorial: Editorial } | undefined>;

/** Checks the stories and concepts again (the editors' preview, once a new reading of the data is in). */
export function refreshEditorial(): Editorial {
  delete store[KEY];
  return getEditorial();
}

export function getEditorial(): Editorial {
  const dirs = contentDirs();
  const dir = `${dirs.concepts}|${dirs.stories ?? ''}`;
  const cached = store[KEY];
  if (cached && cached.dir === dir) return cached.editorial;
  const fx = filesWithin([dirs.concepts, dirs.stories]);
  const problems: Problem[] = [];
  // Astro's loader walks the stories folder itself: links it must not follow are refused here, before it runs.
  if (dirs.stories) append(problems, refusedLinks(dirs.stories).map(refusal));
  const stories = dirs.stories ? readDir(fx, dirs.stories, /\.mdx$/, problems, true) : [];
  const site = getSite(siteLanguages().default);
  const editorial = buildEditorial(readDir(fx, dirs.concepts, /\.ya?ml$/, problems), stories, site, site.lang);
  const seen = new Set<string>();
  const refused = problems.filter((p) => !seen.has(p.file) && seen.add(p.file));
  const result = { ...editorial, problems: [...refused, ...editorial.problems] };
  store[KEY] = { dir, editorial: result };
  return result;
}
