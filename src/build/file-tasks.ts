/**
 * The build worker's tasks (runs in a worker thread, see pool.ts): the files of one indicator in one language,
 * and one language's all.zip. The thread gets each language's site model without indicators once (workerData),
 * then one indicator per task, serialized by the main thread (which also keys the cache by those bytes).
 */
import { deserialize } from 'node:v8';
import { workerData } from 'node:worker_threads';
import { withLanguage } from '../i18n/server.ts';
import type { Indicator, SiteModel } from '../schemas/model.ts';
import { installSites } from '../site/site-data.ts';
import { BuildCache } from './cache.ts';
import { indicatorFiles, PosterError } from './indicator-files.ts';
import { serveTasks } from './pool.ts';
import { writeArchive, type ArchiveSource, type ManifestFile } from './archive.ts';

export interface FileTasksInit {
  /** Each language's model without indicators and problems, the default first. */
  shells: SiteModel[];
  cacheDir: string | undefined;
}

export interface IndicatorTask { task: 'indicator'; lang: string; defaultLanguage: boolean; key: string; outDir: string; bytes: ArrayBuffer }
export interface IndicatorTaskResult { files: string[]; timings: [string, number][] }
export interface ArchiveTask { task: 'archive'; outFile: string; entries: ArchiveSource[]; manifest: { key: string; files: ManifestFile[] }; generated: string }

const init = (workerData as { init: FileTasksInit }).init;
const cache = new BuildCache(init.cacheDir);
const shells = new Map(init.shells.map((s) => [s.lang, s]));
installSites(init.shells[0]!, shells);

async function indicatorTask(task: IndicatorTask): Promise<IndicatorTaskResult> {
  const ind = deserialize(new Uint8Array(task.bytes)) as Indicator;
  // `getSite()` in this language knows this indicator (and only it).
  shells.get(task.lang)!.indicators = [ind];
  const timings: [string, number][] = [];
  const files = await withLanguage(task.lang, async () => {
    try {
      return await indicatorFiles(ind, task.defaultLanguage, (kind, s) => timings.push([kind, s]));
    } catch (error) {
      if (error instanceof PosterError) throw Object.assign(new Error(error.message), { data: { svg: error.svg, reason: error.reason } });
      throw error;
    }
  });
  return { files: cache.store('indicator-files', task.key, files, task.outDir), timings };
}

await serveTasks(async (task) => {
  if (task['task'] === 'indicator') return { result: await indicatorTask(task as unknown as IndicatorTask) };
  if (task['task'] === 'archive') {
    const t = task as unknown as ArchiveTask;
    return { result: await writeArchive(t.entries, t.manifest, t.outFile, t.generated, cache) };
  }
  throw new Error(`Unknown build task ${String(task['task'])}`);
});
