/**
 * The real file system, kept inside the folders it is given. Data repositories come from outside and may hold
 * symbolic links: a link is followed only where its real path stays inside the root its path starts with, so a
 * `meta/1-2-1.md` linked to a file elsewhere, or a CSV linked to /etc/passwd, is refused rather than published.
 * Link loops, links to nothing, folders named like files, devices and pipes, and files too large to hold as text
 * are refused the same way (`RefusedFile`), never followed, waited on or crashed over. Every read of repository,
 * framework, site-repository and content files goes through here.
 */
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { sep } from 'node:path';
import { RefusedFile, type ReadEffects } from '../pipeline/effects.ts';
import type { RepositoryLocation } from '../pipeline/index.ts';

/** Larger files are refused: a JavaScript string holds at most about 512 MB, and no indicator needs this much. */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;

const LINK_HINT = 'Copy the file into the repository instead of linking to it, or remove the link.';

/** Why a path is refused, as a user reads it (pinned by tests/unit/pipeline/hostile-files.test.ts). */
export const REFUSALS = {
  outsideFile: ['This is a link to a file outside the repository; not read.', LINK_HINT],
  outsideFolder: ['This folder is a link to a folder outside the repository; its files are not read.', 'Copy the folder into the repository instead of linking to it, or remove the link.'],
  loop: ['This is a link that leads back to itself (a link loop); not read.', 'Remove the link, or point it at a file in the repository.'],
  dangling: ['This is a link to a file that does not exist; not read.', 'Remove the link, or point it at a file in the repository.'],
  folder: ['This is a folder, not a file; not read.', 'Rename or move the folder: its name looks like a file the portal reads.'],
  special: ['This is not a regular file (a device, pipe or socket); not read.', 'Replace it with a regular file, or remove it.'],
  tooLarge: [`The file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB; not read.`, 'Split it into one file per indicator, or leave out what is not published.'],
  unreadable: ['The file cannot be read (no permission).', 'Make the file readable by the user who runs the build.'],
} as const satisfies Record<string, readonly [string, string]>;

const refuse = (path: string, why: keyof typeof REFUSALS) => new RefusedFile(path, REFUSALS[why][0], REFUSALS[why][1]);
const code = (e: unknown) => (e as NodeJS.ErrnoException | undefined)?.code;

interface Root { given: string; real?: string | null }

/** The real path of `path`, checked: inside its root, not a loop or a link to nothing. `undefined` when nothing is there. */
function realPathOf(path: string, roots: Root[], kind: 'file' | 'folder'): string | undefined {
  let real: string;
  try {
    real = realpathSync(path);
  } catch (e) {
    if (code(e) === 'ELOOP') throw refuse(path, 'loop');
    if (code(e) === 'ENOENT' || code(e) === 'ENOTDIR') {
      let isLink = false;
      try { isLink = lstatSync(path).isSymbolicLink(); } catch { /* nothing there at all */ }
      if (isLink) throw refuse(path, 'dangling');
      return undefined;
    }
    if (code(e) === 'EACCES') throw refuse(path, 'unreadable');
    throw e;
  }
  // The root a path belongs to is the one its text starts with (`root/../x` still belongs to root, and is refused).
  const root = roots.filter((r) => path === r.given || path.startsWith(`${r.given}/`) || path.startsWith(`${r.given}${sep}`))
    .sort((a, b) => b.given.length - a.given.length)[0];
  if (root && root.real === undefined) {
    try { root.real = realpathSync(root.given); } catch { root.real = null; }
  }
  const inside = !!root?.real && (real === root.real || real.startsWith(root.real.endsWith(sep) ? root.real : root.real + sep));
  if (!inside) throw refuse(path, kind === 'file' ? 'outsideFile' : 'outsideFolder');
  return real;
}

/** The file's real path, once it is known to be a regular file of a size that can be read. */
function checkedFile(path: string, roots: Root[]): string {
  const real = realPathOf(path, roots, 'file');
  if (real === undefined) throw Object.assign(new Error(`ENOENT: no such file: ${path}`), { code: 'ENOENT' });
  const stat = statSync(real);
  if (stat.isDirectory()) throw refuse(path, 'folder');
  if (!stat.isFile()) throw refuse(path, 'special');
  if (stat.size > MAX_FILE_BYTES) throw refuse(path, 'tooLarge');
  return real;
}

function readChecked<T>(path: string, roots: Root[], read: (real: string) => T): T {
  const real = checkedFile(path, roots);
  try {
    return read(real);
  } catch (e) {
    if (code(e) === 'EACCES' || code(e) === 'EPERM') throw refuse(path, 'unreadable');
    throw e;
  }
}

/**
 * Files under `roots` (paths as the pipeline builds them: `<root>/<relative path>`); a root may also be one file
 * (PORTAL_CONFIG). A path under no root is refused like a link out of the repository.
 */
export function filesWithin(roots: readonly (string | undefined)[]): ReadEffects {
  const known: Root[] = [...new Set(roots.filter((r): r is string => !!r).map((r) => r.replace(/[\\/]+$/, '')))].map((given) => ({ given }));
  return {
    list(dir) {
      const real = realPathOf(dir.replace(/[\\/]+$/, ''), known, 'folder');
      if (real === undefined || !statSync(real).isDirectory()) return [];
      return readdirSync(real);
    },
    read: (path) => readChecked(path, known, (real) => readFileSync(real, 'utf8')),
    readBytes: (path) => readChecked(path, known, (real) => readFileSync(real)),
  };
}

/** The files of a data repository and what goes with it (UN framework, Open SDG site repository, portal configuration). */
export const repositoryFiles = (at: Pick<RepositoryLocation, 'root' | 'frameworkRoot' | 'siteDir' | 'portalConfig' | 'fieldLabelsRoot'>): ReadEffects =>
  filesWithin([at.root, at.frameworkRoot, at.siteDir, at.portalConfig, at.fieldLabelsRoot]);

/**
 * Every symbolic link under `dir`, at any depth, that a folder walker must not follow: one out of `dir`, one to
 * nothing, a loop, or a folder link back to a folder it is in. Astro's content loader walks the stories folder
 * with its own glob, so the editorial check refuses these before Astro runs.
 */
export function refusedLinks(dir: string): RefusedFile[] {
  const root: Root[] = [{ given: dir.replace(/[\\/]+$/, '') }];
  const walk = (folder: string, level: number): RefusedFile[] => {
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch {
      return [];
    }
    return names.sort().flatMap((name) => {
      const path = `${folder}/${name}`;
      let link = false;
      try { link = lstatSync(path).isSymbolicLink(); } catch { return []; }
      if (!link) return level < 20 && statSync(path).isDirectory() ? walk(path, level + 1) : [];
      try {
        const real = realPathOf(path, root, statSync(path).isDirectory() ? 'folder' : 'file');
        if (real && statSync(real).isDirectory() && (`${realpathSync(folder)}${sep}`.startsWith(`${real}${sep}`))) return [refuse(path, 'loop')];
        return [];
      } catch (e) {
        if (e instanceof RefusedFile) return [e];
        if (code(e) === 'ELOOP') return [refuse(path, 'loop')];
        if (code(e) === 'ENOENT') return [refuse(path, 'dangling')];
        throw e;
      }
    });
  };
  return walk(root[0]!.given, 0);
}
