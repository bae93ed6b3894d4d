/**
 * A worker thread's code as one JavaScript file: the task module and the project's TypeScript it imports,
 * bundled by esbuild (which Astro brings), with every package left to Node. Loading it takes a fraction of what
 * loading the TypeScript through a loader takes, in each thread of each build. Kept in the build cache under the
 * code's hash; without a cache, or if esbuild is missing, the threads load the TypeScript (worker-entry.mjs).
 * The bundle imports packages by name, so its folder links to this project's node_modules: the cache may be
 * anywhere (SDG_CACHE_DIR=/tmp/…), where Node would otherwise find no packages.
 */
import { existsSync, lstatSync, mkdirSync, readlinkSync, renameSync, rmSync, symlinkSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { cacheKey, codeVersion, type BuildCache } from './cache.ts';

/** This project's packages, where the bundle's imports are found. */
const PACKAGES = fileURLToPath(new URL('../../node_modules', import.meta.url));

/** Links `dir/node_modules` to this project's packages (again, if it leads elsewhere). */
function linkPackages(dir: string): void {
  const link = join(dir, 'node_modules');
  let current: string | undefined;
  try {
    current = lstatSync(link).isSymbolicLink() ? readlinkSync(link) : 'not a link';
  } catch { /* absent */ }
  if (current === PACKAGES) return;
  if (current !== undefined) rmSync(link, { recursive: true, force: true });
  symlinkSync(PACKAGES, link, 'junction');
}

export async function bundledWorker(module: URL, cache: BuildCache): Promise<URL> {
  if (!cache.dir) return module;
  const file = join(cache.dir, 'workers', `${cacheKey(codeVersion(), module.href)}.mjs`);
  if (existsSync(file)) {
    linkPackages(join(cache.dir, 'workers'));
    const now = new Date();
    utimesSync(file, now, now);
    return pathToFileURL(file);
  }
  try {
    const esbuild = await import('esbuild');
    mkdirSync(join(cache.dir, 'workers'), { recursive: true });
    linkPackages(join(cache.dir, 'workers'));
    const temp = `${file}.${process.pid}.tmp`;
    await esbuild.build({
      entryPoints: [fileURLToPath(module)], outfile: temp, bundle: true, platform: 'node', format: 'esm', target: 'node20',
      packages: 'external', logLevel: 'silent', sourcemap: false,
    });
    renameSync(temp, file);
    return pathToFileURL(file);
  } catch {
    return module;
  }
}
